package ai.refinery.quality.report;

import ai.refinery.quality.report.html.Html;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Examples of dropped records, one table per step and reason: a too-eager filter shows itself here. */
final class DroppedSection implements Section {
    private final ReportContext ctx;

    DroppedSection(ReportContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public String id() { return "dropped"; }

    @Override
    public String title() { return "Dropped records"; }

    @Override
    public boolean present() {
        return !ctx.data.dropped.isEmpty();
    }

    @Override
    public void write(Html h) {
        JsonNode counts = ctx.data.run.path("records").path("dropped");
        List<Samples.Key> keys = SampleOrder.keys(ctx.data.dropped, SampleOrder.steps(ctx.data.run), counts);
        int shown = 0;
        for (Samples.Key k : keys) {
            if (shown == SampleOrder.MAX_GROUPS || !ctx.roomForSamples(h)) break;
            shown++;
            List<JsonNode> samples = ctx.data.dropped.get(k);
            h.open("h3");
            h.el("span", k.group(), "class", "step");
            h.text(" · ");
            h.el("span", k.detail(), "class", "reason");
            h.close("h3");
            long total = SampleOrder.count(counts, k);
            h.el("p", SampleOrder.showing(samples.size(), total, "dropped record", "dropped records"), "class", "note");
            recordTable(h, ctx, samples, "record");
        }
        SampleOrder.leftOut(h, keys.size() - shown, RunData.DROPPED);
        SamplesNote.write(h, ctx.data.dropped);
    }

    /**
     * Samples as rows: id and source line, then the union of their fields (capped). Shared by the
     * dropped and quarantined sections, whose side files hold the record under {@code field}.
     */
    static void recordTable(Html h, ReportContext ctx, List<JsonNode> samples, String field) {
        List<JsonNode> records = new ArrayList<>();
        for (JsonNode s : samples) records.add(s.path(field));
        List<String> fields = SampleOrder.fields(records);
        int shownFields = Math.min(fields.size(), ctx.options.maxColumns());
        boolean idColumn = !idInRecords(samples, records);
        Cells.table(h, "data records");
        h.open("thead").open("tr");
        if (idColumn) h.el("th", "record id", "scope", "col");
        h.el("th", "from", "scope", "col");
        for (int i = 0; i < shownFields; i++) {
            h.open("th", "scope", "col");
            ctx.values.capped(h, fields.get(i));
            h.close("th");
        }
        if (shownFields < fields.size()) h.el("th", "+" + (fields.size() - shownFields) + " more fields", "scope", "col");
        h.close("tr").close("thead");
        h.open("tbody");
        for (JsonNode s : samples) {
            h.open("tr");
            if (idColumn) {
                h.open("td", "class", "id");
                ctx.values.capped(h, ValueView.plain(s.path("id")));
                h.close("td");
            }
            h.open("td", "class", "src");
            ctx.values.capped(h, source(s));
            h.close("td");
            JsonNode r = s.path(field);
            for (int i = 0; i < shownFields; i++) {
                h.open("td", "class", "v");
                ctx.values.value(h, fields.get(i), r.path(fields.get(i)));
                h.close("td");
            }
            if (shownFields < fields.size()) h.el("td", "", "class", "v");
            h.close("tr");
        }
        h.close("tbody");
        Cells.endTable(h);
    }

    /** True when every sample's id is also a value of its record (the id field), so a separate column would repeat it. */
    private static boolean idInRecords(List<JsonNode> samples, List<JsonNode> records) {
        for (int i = 0; i < samples.size(); i++) {
            JsonNode id = samples.get(i).path("id");
            if (id.isMissingNode() || id.isNull()) continue;
            boolean found = false;
            for (JsonNode v : records.get(i)) {
                if (v.isValueNode() && v.asText().equals(id.asText())) {
                    found = true;
                    break;
                }
            }
            if (!found) return false;
        }
        return true;
    }

    /** "file:line", or what there is of it. */
    static String source(JsonNode s) {
        String src = s.path("source").asText("");
        return s.path("line").isNumber() ? src + ":" + s.path("line").asLong() : src;
    }
}
