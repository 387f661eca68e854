package ai.refinery.quality.report;

import ai.refinery.quality.report.chart.BarRows;
import ai.refinery.quality.report.chart.Chart;
import ai.refinery.quality.report.chart.Legend;
import ai.refinery.quality.report.chart.Palette;
import ai.refinery.quality.report.html.Fmt;
import ai.refinery.quality.report.html.Html;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Records after each pipeline step: the records read, then each step's output, each bar stacked
 * with what the step dropped and quarantined, so the bar's full length is what went into the step.
 */
final class FunnelSection implements Section {
    /** Settings of one step shown at most (a long field list is still worth reading). */
    private static final int SETTINGS_CHARS = 2000;

    private final ReportContext ctx;

    FunnelSection(ReportContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public String id() { return "funnel"; }

    @Override
    public String title() { return "Operator funnel"; }

    @Override
    public boolean present() {
        return ctx.data.run.path("records").isObject();
    }

    @Override
    public void write(Html h) {
        JsonNode records = ctx.data.run.path("records");
        JsonNode ops = ctx.data.run.path("operators");
        ctx.charts.figure(h, chart(records, ops),
                "Bar length: records that entered a step; blue: kept, orange: dropped, pink: quarantined.", null);
        if (records.path("in").asLong(0) == 0) h.el("p", "No records were read.", "class", "empty");
        table(h, ops);
        settings(h);
    }

    Chart chart(JsonNode records, JsonNode ops) {
        List<BarRows.Row> rows = new ArrayList<>();
        long in = records.path("in").asLong(0);
        long readQ = records.path("quarantined_by").path("read").asLong(0);
        rows.add(BarRows.Row.of("records read", stacked(in - readQ, 0, readQ, Fmt.count(in) + note(0, readQ, 0))));
        for (JsonNode op : ops) {
            long out = op.path("out").asLong(0);
            long dropped = op.path("dropped_total").asLong(0);
            long errors = op.path("errors").asLong(0);
            long generated = op.path("generated").asLong(0);
            rows.add(BarRows.Row.of(label(op), stacked(out, dropped, errors, Fmt.count(out) + note(dropped, errors, generated))));
        }
        long out = records.path("out").asLong(0);
        rows.add(BarRows.Row.of("written", stacked(out, 0, 0, Fmt.count(out))));
        return BarRows.chart("funnel", "Records after each step", rows, List.of(
                Legend.Item.of("kept", Palette.ACCENT), Legend.Item.of("dropped", Palette.DROPPED),
                Legend.Item.of("quarantined", Palette.QUARANTINED)), BarRows.Style.WIDE);
    }

    private static BarRows.Bar stacked(long kept, long dropped, long quarantined, String text) {
        return new BarRows.Bar(List.of(
                new BarRows.Segment(kept, Palette.ACCENT, "bar"),
                new BarRows.Segment(dropped, Palette.DROPPED, "drop"),
                new BarRows.Segment(quarantined, Palette.QUARANTINED, "quarantine")), text, text);
    }

    private static String note(long dropped, long quarantined, long generated) {
        StringBuilder s = new StringBuilder();
        if (dropped > 0) s.append(" · −").append(Fmt.count(dropped)).append(" dropped");
        if (quarantined > 0) s.append(" · ").append(Fmt.count(quarantined)).append(" quarantined");
        if (generated > 0) s.append(" · +").append(Fmt.count(generated)).append(" generated");
        return s.toString();
    }

    private static String label(JsonNode op) {
        String name = op.path("name").asText("?");
        String kind = op.path("op").asText(name);
        return name.equals(kind) ? name : name + " (" + kind + ")";
    }

    private void table(Html h, JsonNode ops) {
        if (!ops.isArray() || ops.isEmpty()) return;
        Cells.table(h, "data");
        Cells.head(h, "step", "operator", "kind", "#in", "#out", "#dropped", "#quarantined", "#kept", "#seconds");
        h.open("tbody");
        for (JsonNode op : ops) {
            long in = op.path("in").asLong(0);
            h.open("tr");
            h.el("th", op.path("name").asText("?"), "scope", "row");
            Cells.text(h, op.path("op").asText(""));
            Cells.text(h, op.path("kind").asText(""));
            Cells.num(h, Cells.count(op.path("in")));
            Cells.num(h, Cells.count(op.path("out")));
            Cells.num(h, Cells.count(op.path("dropped_total")));
            Cells.num(h, Cells.count(op.path("errors")));
            Cells.num(h, in == 0 ? Cells.NONE : Fmt.pct(op.path("out").asLong(0) / (double) in));
            Cells.num(h, op.path("seconds").isNumber() ? Fmt.num(op.path("seconds").asDouble()) : Cells.NONE);
            h.close("tr");
        }
        h.close("tbody");
        Cells.endTable(h);
    }

    /** Every step's settings, defaults included, folded away: they explain a surprising funnel. */
    private void settings(Html h) {
        JsonNode pipeline = ctx.data.run.path("pipeline");
        if (!pipeline.isArray() || pipeline.isEmpty()) return;
        h.open("details", "class", "settings");
        h.el("summary", "Pipeline settings (" + pipeline.size() + " steps)");
        h.open("dl", "class", "meta");
        for (JsonNode step : pipeline) {
            h.el("dt", step.path("name").asText("?") + " · " + step.path("op").asText(""));
            h.open("dd");
            h.open("code");
            ctx.values.capped(h, step.path("config").toString(), SETTINGS_CHARS);
            h.close("code");
            h.close("dd");
        }
        h.close("dl");
        h.close("details");
    }
}
