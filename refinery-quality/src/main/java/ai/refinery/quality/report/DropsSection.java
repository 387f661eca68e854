package ai.refinery.quality.report;

import ai.refinery.quality.report.chart.BarRows;
import ai.refinery.quality.report.chart.Colour;
import ai.refinery.quality.report.chart.Palette;
import ai.refinery.quality.report.html.Fmt;
import ai.refinery.quality.report.html.Html;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Why records left: dropped by step and reason, and quarantined by stage, as bar charts. */
final class DropsSection implements Section {
    /** Bars at most; the rest are summed into one "other" bar. */
    static final int MAX_BARS = 30;

    private final ReportContext ctx;

    DropsSection(ReportContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public String id() { return "drops"; }

    @Override
    public String title() { return "Drop reasons and quarantine"; }

    @Override
    public boolean present() {
        JsonNode r = ctx.data.run.path("records");
        return r.path("dropped_total").asLong(0) > 0 || r.path("quarantined").asLong(0) > 0;
    }

    @Override
    public void write(Html h) {
        JsonNode records = ctx.data.run.path("records");
        List<Count> drops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> s = records.path("dropped").fields(); s.hasNext(); ) {
            Map.Entry<String, JsonNode> step = s.next();
            List<Count> ofStep = new ArrayList<>();
            step.getValue().fields().forEachRemaining(r -> ofStep.add(new Count(step.getKey() + " · " + r.getKey(), r.getValue().asLong())));
            ofStep.sort(Comparator.comparingLong(Count::n).reversed());
            drops.addAll(ofStep); // pipeline order, then most frequent reason first
        }
        if (!drops.isEmpty()) {
            ctx.charts.figure(h, BarRows.chart("drop-reasons", "Dropped records by step and reason", rows(drops, Palette.DROPPED),
                    List.of(), BarRows.Style.WIDE), null, null);
        }
        List<Count> quarantine = new ArrayList<>();
        records.path("quarantined_by").fields().forEachRemaining(e -> quarantine.add(new Count(e.getKey(), e.getValue().asLong())));
        if (!quarantine.isEmpty()) {
            ctx.charts.figure(h, BarRows.chart("quarantine", "Quarantined records by stage", rows(quarantine, Palette.QUARANTINED),
                    List.of(), BarRows.Style.WIDE), null, null);
            JsonNode q = ctx.data.run.path("quarantine");
            if (q.path("fraction").isNumber()) {
                h.el("p", "Quarantined " + Fmt.pct(q.path("fraction").asDouble()) + " of the input; the run allows at most "
                        + Cells.pct(q.path("max_fraction")) + ".", "class", "note");
            }
        }
    }

    private record Count(String label, long n) {}

    private static List<BarRows.Row> rows(List<Count> counts, Colour colour) {
        List<BarRows.Row> rows = new ArrayList<>();
        long other = 0;
        int otherKinds = 0;
        for (int i = 0; i < counts.size(); i++) {
            Count c = counts.get(i);
            if (i < MAX_BARS - 1 || counts.size() == MAX_BARS) {
                rows.add(BarRows.Row.of(c.label(), BarRows.Bar.of(c.n(), colour, Fmt.count(c.n()), c.label() + ": " + Fmt.count(c.n()))));
            } else {
                other += c.n();
                otherKinds++;
            }
        }
        if (otherKinds > 0) {
            String label = "other (" + otherKinds + ")";
            rows.add(BarRows.Row.of(label, BarRows.Bar.of(other, colour, Fmt.count(other), label + ": " + Fmt.count(other))));
        }
        return rows;
    }
}
