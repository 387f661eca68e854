package ai.refinery.quality.report;

import ai.refinery.quality.report.chart.BarRows;
import ai.refinery.quality.report.chart.Chart;
import ai.refinery.quality.report.html.Fmt;
import ai.refinery.quality.report.html.Html;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * run.json's {@code text} (written by refinery-text's statistics): the corpus before and after the
 * pipeline — totals, characters and words per document, languages, and the figures operators
 * wrote to meta (quality scores), each as before/after shares.
 */
final class TextSection implements Section {
    private static final int MAX_LANGUAGES = 15;
    private static final int MAX_FIGURES = 12;
    private final ReportContext ctx;

    TextSection(ReportContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public String id() { return "text"; }

    @Override
    public String title() { return "Text"; }

    @Override
    public boolean present() {
        return ctx.data.run.path("text").isObject();
    }

    @Override
    public void write(Html h) {
        JsonNode t = ctx.data.run.path("text");
        JsonNode in = t.path("input");
        JsonNode out = t.path("output");
        // an input of raw mails or pages (bytes, or text in another field) has no text to count yet
        boolean inputHasText = in.path("without_text").asLong(0) < in.path("documents").asLong(0);
        h.open("div", "class", "tiles");
        Tiles.tile(h, "documents in → out", Cells.count(in.path("documents")) + " → " + Cells.count(out.path("documents")));
        Tiles.tile(h, "characters in → out", (inputHasText ? Cells.count(in.path("characters")) : "—") + " → " + Cells.count(out.path("characters")));
        Tiles.tile(h, "words in → out", (inputHasText ? Cells.count(in.path("words")) : "—") + " → " + Cells.count(out.path("words")));
        if (out.has("tokens")) Tiles.tile(h, "tokens out", Cells.count(out.path("tokens")));
        h.close("div");

        h.open("div", "class", "pair-charts");
        ctx.charts.figure(h, octaves("text-characters", "Characters per document (" + t.path("field").asText("text") + ")",
                in.path("characters_per_document"), out.path("characters_per_document")), null, null);
        ctx.charts.figure(h, octaves("text-words", "Words per document", in.path("words_per_document"), out.path("words_per_document")), null, null);
        h.close("div");
        if (in.path("languages").isObject() || out.path("languages").isObject()) {
            ctx.charts.figure(h, languages(in.path("languages"), out.path("languages")),
                    "Language of each document as identified by language_id (meta.language).", null);
        }
        JsonNode figures = out.path("meta_figures");
        if (figures.isObject() && !figures.isEmpty()) {
            h.el("h3", "Figures operators wrote to meta");
            h.open("div", "class", "grid");
            int n = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = figures.fields(); it.hasNext() && n < MAX_FIGURES; n++) {
                Map.Entry<String, JsonNode> f = it.next();
                ctx.charts.figure(h, octaves("text-meta-" + (n + 1), f.getKey(), in.path("meta_figures").path(f.getKey()), f.getValue()),
                        null, "small");
            }
            h.close("div");
        }
    }

    /** A quarter-octave histogram shown by whole octaves (shares of each side's documents), before and after. */
    static Chart octaves(String name, String title, JsonNode before, JsonNode after) {
        TreeMap<Integer, double[]> rows = new TreeMap<>();
        add(rows, before, 0);
        add(rows, after, 1);
        List<String> labels = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        List<Double> a = new ArrayList<>();
        for (Map.Entry<Integer, double[]> e : rows.entrySet()) {
            int octave = e.getKey();
            labels.add(octave == Integer.MIN_VALUE ? "0" : Fmt.num(Math.pow(2, octave)) + "–" + Fmt.num(Math.pow(2, octave + 1)));
            b.add(e.getValue()[0]);
            a.add(e.getValue()[1]);
        }
        return BarRows.paired(name, title, labels, b, a, BarRows.Style.SMALL, Fmt::pct);
    }

    private static void add(TreeMap<Integer, double[]> rows, JsonNode hist, int side) {
        double total = hist.path("count").asDouble(0);
        if (total <= 0) return;
        long zeros = hist.path("zeros").asLong(0);
        if (zeros > 0) rows.computeIfAbsent(Integer.MIN_VALUE, k -> new double[2])[side] += zeros / total;
        for (JsonNode bin : hist.path("bins")) {
            // bins are quarter octaves: [2^(k/4), 2^((k+1)/4)); the octave is floor(k/4)
            int octave = (int) Math.floor(Math.log(bin.path("from").asDouble()) / Math.log(2) + 1e-9);
            rows.computeIfAbsent(octave, k -> new double[2])[side] += bin.path("count").asDouble() / total;
        }
    }

    private static Chart languages(JsonNode before, JsonNode after) {
        Map<String, Double> in = ProfileSection.classShares(before);
        Map<String, Double> out = ProfileSection.classShares(after);
        List<String> labels = new ArrayList<>(out.keySet());
        for (String k : in.keySet()) if (!labels.contains(k)) labels.add(k);
        labels = labels.subList(0, Math.min(MAX_LANGUAGES, labels.size()));
        return ProfileSection.paired("text-languages", "Languages", labels, in, out, BarRows.Style.WIDE);
    }
}
