package ai.refinery.quality.report;

import ai.refinery.quality.report.chart.Chart;
import ai.refinery.quality.report.chart.HeatMap;
import ai.refinery.quality.report.html.Fmt;
import ai.refinery.quality.report.html.Html;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** run.json's {@code evaluate}: headline scores, the per-class table and the confusion matrix as a heat map. */
final class EvaluateSection implements Section {
    /** Classes drawn in the heat map and rows in the per-class table at most. */
    static final int MAX_CLASSES = 50;

    private final ReportContext ctx;

    EvaluateSection(ReportContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public String id() { return "evaluate"; }

    @Override
    public String title() { return "Evaluation"; }

    @Override
    public boolean present() {
        return ctx.data.run.path("evaluate").isObject();
    }

    @Override
    public void write(Html h) {
        JsonNode e = ctx.data.run.path("evaluate");
        h.open("div", "class", "tiles");
        Tiles.tile(h, "accuracy", Cells.pct(e.path("accuracy")));
        Tiles.tile(h, "macro F1", Cells.num(e.path("macro_f1")));
        Tiles.tile(h, "macro precision", Cells.num(e.path("macro_precision")));
        Tiles.tile(h, "macro recall", Cells.num(e.path("macro_recall")));
        if (e.path("top_k_accuracy").isNumber()) {
            Tiles.tile(h, "top-" + e.path("top_k").asText("k") + " accuracy", Cells.pct(e.path("top_k_accuracy")));
        }
        if (e.path("log_loss").isNumber()) Tiles.tile(h, "log loss", Cells.num(e.path("log_loss")));
        Tiles.tile(h, "examples", Cells.count(e.path("examples")));
        h.close("div");

        List<String> labels = labels(e);
        Chart heat = heatMap(e, labels);
        if (heat != null) {
            int n = e.path("confusion_matrix").size();
            ctx.charts.figure(h, heat, n > MAX_CLASSES ? "The first " + MAX_CLASSES + " of " + n + " classes." : null, null);
        }
        perClass(h, e.path("per_class"));
        if (e.path("model").isTextual()) h.el("p", "Model: " + e.path("model").asText(), "class", "note");
    }

    /** Class names from per_class labels, else indexes. */
    private static List<String> labels(JsonNode e) {
        int n = e.path("confusion_matrix").size();
        List<String> out = new ArrayList<>();
        JsonNode per = e.path("per_class");
        for (int i = 0; i < n; i++) {
            JsonNode l = per.path(i).path("label");
            out.add(l.isMissingNode() || l.isNull() ? Integer.toString(i) : l.asText());
        }
        return out;
    }

    static Chart heatMap(JsonNode e, List<String> labels) {
        JsonNode m = e.path("confusion_matrix");
        if (!m.isArray() || m.isEmpty()) return null;
        int n = Math.min(m.size(), MAX_CLASSES);
        long[][] counts = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) counts[i][j] = m.path(i).path(j).asLong(0);
        }
        return HeatMap.chart("confusion-matrix", "Confusion matrix", labels.subList(0, n), counts);
    }

    private void perClass(Html h, JsonNode per) {
        if (!per.isArray() || per.isEmpty()) return;
        int shown = Math.min(per.size(), MAX_CLASSES);
        Cells.table(h, "data");
        Cells.head(h, "class", "#precision", "#recall", "#F1", "#support");
        h.open("tbody");
        for (int i = 0; i < shown; i++) {
            JsonNode c = per.get(i);
            h.open("tr");
            h.open("th", "scope", "row");
            ctx.values.capped(h, ValueView.plain(c.path("label")));
            h.close("th");
            Cells.num(h, Cells.num(c.path("precision")));
            Cells.num(h, Cells.num(c.path("recall")));
            Cells.num(h, Cells.num(c.path("f1")));
            Cells.num(h, Cells.count(c.path("support")));
            h.close("tr");
        }
        h.close("tbody");
        Cells.endTable(h);
        if (shown < per.size()) h.el("p", "The first " + shown + " of " + Fmt.count(per.size()) + " classes.", "class", "note");
    }
}
