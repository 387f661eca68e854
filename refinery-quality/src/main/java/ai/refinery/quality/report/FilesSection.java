package ai.refinery.quality.report;

import ai.refinery.quality.report.html.Fmt;
import ai.refinery.quality.report.html.Html;
import com.fasterxml.jackson.databind.JsonNode;

/** The files the run read and wrote, with sizes, record counts and checksums. */
final class FilesSection implements Section {
    /** Output shards listed at most; a run of many shards gets a total row instead. */
    static final int MAX_ROWS = 50;

    private final ReportContext ctx;

    FilesSection(ReportContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public String id() { return "files"; }

    @Override
    public String title() { return "Inputs and outputs"; }

    @Override
    public boolean present() {
        return !ctx.data.run.path("inputs").isEmpty() || !ctx.data.run.path("outputs").isEmpty();
    }

    @Override
    public void write(Html h) {
        JsonNode inputs = ctx.data.run.path("inputs");
        if (!inputs.isEmpty()) {
            h.el("h3", "Inputs");
            Cells.table(h, "data files");
            Cells.head(h, "path", "format", "#records", "#size", "SHA-256");
            h.open("tbody");
            int i = 0;
            for (JsonNode f : inputs) {
                if (i++ >= MAX_ROWS) break;
                h.open("tr");
                path(h, f);
                Cells.text(h, f.path("format").asText(""));
                Cells.num(h, Cells.count(f.path("records")));
                Cells.num(h, f.path("bytes").isNumber() ? Fmt.bytes(f.path("bytes").asLong()) : Cells.NONE);
                String sha = f.path("sha256").asText("");
                h.el("td", sha.length() > 12 ? sha.substring(0, 12) + "…" : sha, "class", "hash", "title", sha);
                h.close("tr");
            }
            h.close("tbody");
            total(h, inputs, 1, 1); // under records and size; format and hash cells stay empty
            Cells.endTable(h);
        }
        JsonNode outputs = ctx.data.run.path("outputs");
        if (!outputs.isEmpty()) {
            h.el("h3", "Outputs");
            Cells.table(h, "data files");
            Cells.head(h, "path", "#records", "#size");
            h.open("tbody");
            int i = 0;
            for (JsonNode f : outputs) {
                if (i++ >= MAX_ROWS) break;
                h.open("tr");
                path(h, f);
                Cells.num(h, Cells.count(f.path("records")));
                Cells.num(h, f.path("bytes").isNumber() ? Fmt.bytes(f.path("bytes").asLong()) : Cells.NONE);
                h.close("tr");
            }
            h.close("tbody");
            total(h, outputs, 0, 0);
            Cells.endTable(h);
        }
    }

    private void path(Html h, JsonNode f) {
        h.open("td", "class", "path");
        ctx.values.capped(h, f.path("path").asText(""));
        h.close("td");
    }

    /** A footer row with the totals of records and bytes, between empty cells. */
    private static void total(Html h, JsonNode files, int emptyBefore, int emptyAfter) {
        if (files.size() < 2) return;
        long records = 0;
        long bytes = 0;
        for (JsonNode f : files) {
            records += f.path("records").asLong(0);
            bytes += f.path("bytes").asLong(0);
        }
        h.open("tfoot").open("tr");
        h.el("th", files.size() > MAX_ROWS ? "total of " + Fmt.count(files.size()) + " files (first " + MAX_ROWS + " listed)"
                : "total of " + files.size() + " files", "scope", "row");
        for (int i = 0; i < emptyBefore; i++) h.el("td", "");
        Cells.num(h, Fmt.count(records));
        Cells.num(h, Fmt.bytes(bytes));
        for (int i = 0; i < emptyAfter; i++) h.el("td", "");
        h.close("tr").close("tfoot");
    }
}
