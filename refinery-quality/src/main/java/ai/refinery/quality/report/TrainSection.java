package ai.refinery.quality.report;

import ai.refinery.quality.report.chart.Chart;
import ai.refinery.quality.report.chart.Colour;
import ai.refinery.quality.report.chart.LineChart;
import ai.refinery.quality.report.chart.Palette;
import ai.refinery.quality.report.html.Fmt;
import ai.refinery.quality.report.html.Html;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/** run.json's {@code train}: the key settings and results, and loss and accuracy per epoch. */
final class TrainSection implements Section {
    private final ReportContext ctx;

    TrainSection(ReportContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public String id() { return "train"; }

    @Override
    public String title() { return "Training"; }

    @Override
    public boolean present() {
        return ctx.data.run.path("train").isObject();
    }

    @Override
    public void write(Html h) {
        JsonNode t = ctx.data.run.path("train");
        h.open("div", "class", "tiles");
        Tiles.tile(h, "final loss", Cells.num(t.path("final_loss")));
        Tiles.tile(h, "final accuracy", Cells.pct(t.path("final_accuracy")));
        if (t.has("validation_accuracy")) Tiles.tile(h, "validation accuracy", Cells.pct(t.path("validation_accuracy")));
        Tiles.tile(h, "epochs", Cells.count(t.path("epochs")));
        Tiles.tile(h, "samples/s", Cells.count(t.path("samples_per_second")));
        h.close("div");

        JsonNode history = t.path("history");
        if (history.isArray() && !history.isEmpty()) {
            h.open("div", "class", "pair-charts");
            ctx.charts.figure(h, chart("train-loss", "Loss per epoch", history, "loss", "validation_loss", Fmt::num), null, null);
            ctx.charts.figure(h, chart("train-accuracy", "Accuracy per epoch", history, "accuracy", "validation_accuracy",
                    v -> Math.round(v * 1000) / 10.0 + "%"), null, null);
            h.close("div");
        }

        h.open("dl", "class", "meta");
        Cells.def(h, "Model file", t.path("model").asText(null));
        Cells.def(h, "Examples", Cells.count(t.path("examples")));
        Cells.def(h, "Features", Cells.count(t.path("features")));
        Cells.def(h, "Classes", Cells.count(t.path("classes")));
        Cells.def(h, "Hidden layers", t.path("layers").isArray() ? t.path("layers").toString() : null);
        Cells.def(h, "Parameters", Cells.count(t.path("parameters")));
        Cells.def(h, "Optimizer", optimizer(t.path("optimizer")));
        Cells.def(h, "Batch size", Cells.count(t.path("batch_size")));
        Cells.def(h, "Stopped early", t.path("stopped_early").isBoolean() ? (t.path("stopped_early").asBoolean() ? "yes" : "no") : null);
        Cells.def(h, "Resumed from checkpoint", t.path("resumed_from_checkpoint").asBoolean(false) ? "yes" : null);
        Cells.def(h, "Training time", t.path("seconds").isNumber() ? Fmt.seconds(t.path("seconds").asDouble()) : null);
        h.close("dl");
    }

    static Chart chart(String name, String title, JsonNode history, String key, String validationKey,
                       DoubleFunction<String> yLabel) {
        List<LineChart.Series> series = new ArrayList<>();
        series.add(series("training", history, key, Palette.ACCENT, false));
        LineChart.Series v = series("validation", history, validationKey, Palette.SECOND, true);
        if (!v.xs().isEmpty()) series.add(v);
        return LineChart.chart(name, title, series, "epoch", 470, 260, yLabel);
    }

    private static LineChart.Series series(String label, JsonNode history, String key, Colour c,
                                           boolean dashed) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        int i = 0;
        for (JsonNode e : history) {
            i++;
            if (!e.path(key).isNumber()) continue;
            xs.add(e.path("epoch").asDouble(i));
            ys.add(e.path(key).asDouble());
        }
        return new LineChart.Series(label, xs, ys, c, dashed);
    }

    /** "sgd, learning rate 0.1, momentum 0" from the optimizer's settings, nulls left out. */
    private static String optimizer(JsonNode o) {
        if (!o.isObject()) return null;
        StringBuilder s = new StringBuilder(o.path("type").asText("?"));
        o.fields().forEachRemaining(e -> {
            if (e.getKey().equals("type") || e.getValue().isNull() || e.getValue().isContainerNode()) return;
            s.append(", ").append(e.getKey().replace('_', ' ')).append(' ').append(e.getValue().asText());
        });
        return s.toString();
    }
}
