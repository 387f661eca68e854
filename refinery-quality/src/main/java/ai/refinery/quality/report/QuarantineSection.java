package ai.refinery.quality.report;

import ai.refinery.quality.report.html.Html;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Examples of quarantined records by stage, with the error and the raw line or the record. */
final class QuarantineSection implements Section {
    private final ReportContext ctx;

    QuarantineSection(ReportContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public String id() { return "quarantined"; }

    @Override
    public String title() { return "Quarantined records"; }

    @Override
    public boolean present() {
        return !ctx.data.quarantine.isEmpty();
    }

    @Override
    public void write(Html h) {
        JsonNode counts = ctx.data.run.path("records").path("quarantined_by");
        List<Samples.Key> keys = SampleOrder.keys(ctx.data.quarantine, SampleOrder.steps(ctx.data.run), counts);
        int shown = 0;
        for (Samples.Key k : keys) {
            if (shown == SampleOrder.MAX_GROUPS || !ctx.roomForSamples(h)) break;
            shown++;
            List<JsonNode> samples = ctx.data.quarantine.get(k);
            h.open("h3").text("at ").el("span", k.group(), "class", "step").close("h3");
            long total = SampleOrder.count(counts, k);
            h.el("p", SampleOrder.showing(samples.size(), total, "quarantined record", "quarantined records"), "class", "note");
            Cells.table(h, "data records");
            Cells.head(h, "id", "source", "error", "content");
            h.open("tbody");
            for (JsonNode s : samples) {
                h.open("tr");
                h.open("td", "class", "id");
                ctx.values.capped(h, ValueView.plain(s.path("id")));
                h.close("td");
                h.open("td", "class", "src");
                ctx.values.capped(h, DroppedSection.source(s));
                h.close("td");
                h.open("td", "class", "err");
                ctx.values.capped(h, s.path("error").asText(""));
                h.close("td");
                h.open("td", "class", "v");
                ctx.values.value(h, null, s.has("raw") ? s.path("raw") : s.path("record"));
                h.close("td");
                h.close("tr");
            }
            h.close("tbody");
            Cells.endTable(h);
        }
        SampleOrder.leftOut(h, keys.size() - shown, RunData.QUARANTINE);
        SamplesNote.write(h, ctx.data.quarantine);
    }
}
