package ai.refinery.quality.report;

import ai.refinery.quality.report.html.Fmt;
import ai.refinery.quality.report.html.Html;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The quality gates of run.json's {@code expectations}: one row per expectation, failed error-level
 * ones first, then each failed expectation's failing rows with their ids and values.
 */
final class ExpectationsSection implements Section {
    private final ReportContext ctx;

    ExpectationsSection(ReportContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public String id() { return "expectations"; }

    @Override
    public String title() { return "Expectations"; }

    @Override
    public boolean present() {
        return ctx.data.run.path("expectations").path("results").isArray();
    }

    @Override
    public void write(Html h) {
        JsonNode exp = ctx.data.run.path("expectations");
        List<JsonNode> results = new ArrayList<>();
        exp.path("results").forEach(results::add);
        results.sort(Comparator.comparingInt(ExpectationsSection::rank)); // stable: recipe order within a rank
        summary(h, exp, results);
        if (results.isEmpty()) return;

        Cells.table(h, "data expectations");
        Cells.head(h, "result", "level", "side", "expectation", "#metric", "expected", "#failing rows", "message");
        h.open("tbody");
        for (JsonNode r : results) {
            boolean passed = r.path("passed").asBoolean(false);
            h.open("tr", "class", passed ? "ok" : "bad");
            h.open("td");
            h.el("span", passed ? "✓ pass" : "✗ fail", "class", passed ? "badge small pass" : "badge small fail");
            h.close("td");
            Cells.text(h, r.path("level").asText("error"));
            Cells.text(h, r.path("side").asText(""));
            h.open("td").el("strong", name(r)).close("td");
            h.open("td", "class", r.path("metric").isNumber() ? "n" : null);
            ctx.values.capped(h, metric(r.path("metric")));
            h.close("td");
            h.open("td");
            ctx.values.capped(h, text(r.path("expected")));
            h.close("td");
            Cells.num(h, r.path("failing_count").isNumber() ? Fmt.count(r.path("failing_count").asLong()) : Cells.NONE);
            h.open("td");
            ctx.values.capped(h, r.path("message").asText(""));
            h.close("td");
            h.close("tr");
        }
        h.close("tbody");
        Cells.endTable(h);
        for (JsonNode r : results) {
            if (!ctx.roomForSamples(h)) break;
            if (!r.path("passed").asBoolean(false) && r.path("failing_rows").isArray() && !r.path("failing_rows").isEmpty()) {
                failingRows(h, r);
            }
        }
    }

    private void summary(Html h, JsonNode exp, List<JsonNode> results) {
        long failedErrors = results.stream().filter(r -> rank(r) == 0).count();
        long failedWarnings = results.stream().filter(r -> rank(r) == 1).count();
        boolean ok = failedErrors == 0;
        String text;
        if (results.isEmpty()) text = "No expectations were checked.";
        else if (failedErrors + failedWarnings == 0) text = "✓ All " + results.size() + " expectations held.";
        else text = (ok ? "⚠ " : "✗ ") + (failedErrors + failedWarnings) + " of " + results.size() + " expectations failed ("
                + failedErrors + " error, " + failedWarnings + " warning).";
        h.el("p", text, "class", !ok ? "verdict fail" : failedWarnings > 0 ? "verdict warn" : "verdict pass");
        JsonNode published = exp.path("published");
        if (published.isBoolean()) {
            h.el("p", published.asBoolean() ? "The output was published." : "The output was NOT published: it stays in _refinery/staging/.",
                    "class", published.asBoolean() ? "note" : "notice");
        }
    }

    private void failingRows(Html h, JsonNode r) {
        JsonNode rows = r.path("failing_rows");
        int shown = Math.min(rows.size(), ctx.options.maxFailingRows());
        boolean error = rank(r) == 0;
        h.open("details", "class", "failing", "open", error ? "open" : null);
        h.el("summary", name(r) + " — failing rows (showing " + shown + " of "
                + Fmt.count(r.path("failing_count").asLong(rows.size())) + ")");
        Cells.table(h, "data");
        Cells.head(h, "id", "value", "source", "#line");
        h.open("tbody");
        for (int i = 0; i < shown; i++) {
            JsonNode row = rows.get(i);
            h.open("tr");
            h.open("td");
            ctx.values.capped(h, ValueView.plain(row.path("id")));
            h.close("td");
            h.open("td", "class", "v");
            ctx.values.value(h, r.path("column").asText(null), row.path("value"));
            h.close("td");
            Cells.text(h, row.path("source").asText(""));
            Cells.num(h, Cells.count(row.path("line")));
            h.close("tr");
        }
        h.close("tbody");
        Cells.endTable(h);
        h.close("details");
    }

    /** 0 failed error, 1 failed warning, 2 passed. */
    private static int rank(JsonNode r) {
        if (r.path("passed").asBoolean(false)) return 2;
        return "warning".equals(r.path("level").asText()) ? 1 : 0;
    }

    private static String name(JsonNode r) {
        if (r.path("name").isTextual()) return r.path("name").asText();
        String col = r.path("column").asText(null);
        return r.path("check").asText("?") + (col == null ? "" : "(" + col + ")");
    }

    private static String metric(JsonNode m) {
        if (m.isNumber()) return Fmt.num(m.asDouble());
        return m.isMissingNode() || m.isNull() ? Cells.NONE : text(m);
    }

    private static String text(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) return Cells.NONE;
        return n.isTextual() ? n.asText() : n.toString();
    }
}
