package ai.refinery.quality.report;

import ai.refinery.quality.report.html.Fmt;
import ai.refinery.quality.report.html.Html;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The top of the page: recipe, status badge, failure message, run facts and the record totals. */
final class Header {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    /** The failure is the page's most important text: it gets more room than a value. */
    private static final int FAILURE_CHARS = 4000;

    private final ReportContext ctx;

    Header(ReportContext ctx) {
        this.ctx = ctx;
    }

    void write(Html h) {
        JsonNode run = ctx.data.run;
        JsonNode recipe = run.path("recipe");
        h.open("header", "id", "summary", "class", "run-header");
        h.el("p", "Refinery run report", "class", "kicker");
        h.open("div", "class", "title-row");
        h.el("h1", recipe.path("name").asText("(unnamed recipe)"));
        badge(h, ctx.data.status());
        h.close("div");

        String failure = run.path("failure").isTextual() ? run.path("failure").asText() : null;
        if (failure != null || ctx.data.failed()) {
            h.open("div", "class", "alert", "role", "alert");
            h.el("strong", "✗ The run failed");
            if (failure != null) {
                h.open("p", "class", "failure");
                ctx.values.capped(h, failure, FAILURE_CHARS);
                h.close("p");
            }
            h.close("div");
        }
        JsonNode exp = run.path("expectations");
        if (exp.path("published").isBoolean() && !exp.path("published").asBoolean()) {
            h.el("p", "The output was not published (see Expectations).", "class", "notice");
        }

        h.open("dl", "class", "meta");
        Cells.def(h, "Run id", run.path("run_id").asText(null));
        Cells.def(h, "Started", time(run.path("started_at").asText(null)));
        Cells.def(h, "Finished", time(run.path("finished_at").asText(null)));
        Cells.def(h, "Duration", run.path("seconds").isNumber() ? Fmt.seconds(run.path("seconds").asDouble()) : null);
        Cells.def(h, "Executor", executor(run.path("executor")));
        Cells.def(h, "Seed", recipe.path("seed").isNumber() ? recipe.path("seed").asText() : null);
        Cells.def(h, "Recipe file", recipe.path("path").asText(null));
        Cells.def(h, "Recipe SHA-256", shortHash(recipe.path("sha256").asText(null)));
        if (run.path("resumed").asBoolean(false)) Cells.def(h, "Resumed", "yes, from the journal");
        JsonNode overrides = recipe.path("overrides");
        if (overrides.isArray() && overrides.size() > 0) {
            StringBuilder o = new StringBuilder();
            for (JsonNode x : overrides) o.append(o.length() > 0 ? ", " : "").append(x.isTextual() ? x.asText() : x.toString());
            Cells.def(h, "Overrides", o.toString());
        }
        h.close("dl");
        tiles(h, run.path("records"));
        h.close("header");
    }

    private static void badge(Html h, String status) {
        switch (status) {
            case "succeeded" -> h.el("span", "✓ Succeeded", "class", "badge pass");
            case "failed" -> h.el("span", "✗ Failed", "class", "badge fail");
            default -> h.el("span", status, "class", "badge");
        }
    }

    private static void tiles(Html h, JsonNode records) {
        if (!records.isObject()) return;
        h.open("div", "class", "tiles");
        Tiles.tile(h, "records in", Cells.count(records.path("in")));
        Tiles.tile(h, "written", Cells.count(records.path("out")));
        Tiles.tile(h, "dropped", Cells.count(records.path("dropped_total")));
        Tiles.tile(h, "quarantined", Cells.count(records.path("quarantined")));
        if (records.path("generated").asLong(0) > 0) Tiles.tile(h, "generated", Cells.count(records.path("generated")));
        if (records.path("balanced").isBoolean()) {
            boolean ok = records.path("balanced").asBoolean();
            Tiles.tile(h, "accounting", ok ? "✓ balanced" : "✗ unbalanced", ok ? "pass" : "fail");
        }
        h.close("div");
    }

    private static String executor(JsonNode e) {
        if (!e.isObject()) return null;
        StringBuilder s = new StringBuilder(e.path("type").asText("?"));
        if (e.path("threads").isNumber()) s.append(", ").append(e.path("threads").asInt()).append(" threads");
        if (e.path("batch_size").isNumber()) s.append(", batches of ").append(Fmt.count(e.path("batch_size").asLong()));
        return s.toString();
    }

    static String time(String iso) {
        if (iso == null) return null;
        try {
            return TIME.format(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static String shortHash(String sha) {
        return sha == null || sha.length() <= 16 ? sha : sha.substring(0, 16) + "…";
    }
}
