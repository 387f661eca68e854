package ai.refinery.quality.report;

import ai.refinery.quality.report.chart.BarRows;
import ai.refinery.quality.report.chart.Chart;
import ai.refinery.quality.report.chart.HistogramOverlay;
import ai.refinery.quality.report.html.Fmt;
import ai.refinery.quality.report.html.Html;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Input versus output from profile.json: a table of per-column statistics (input row above output
 * row, so numbers compare down a column), a grid of small charts (histograms overlaid for numeric
 * columns, top values for the others), and the label's class balance.
 */
final class ProfileSection implements Section {
    /** Categories shown in a top-values chart and classes in the balance chart. */
    static final int TOP_VALUES = 8;
    static final int MAX_CLASSES = 20;

    private final ReportContext ctx;

    ProfileSection(ReportContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public String id() { return "profile"; }

    @Override
    public String title() { return "Before and after"; }

    @Override
    public boolean present() {
        return ctx.data.hasProfile();
    }

    @Override
    public void write(Html h) {
        JsonNode in = ctx.data.profile.path("input");
        JsonNode out = ctx.data.profile.path("output");
        h.el("p", "Rows: input " + Cells.count(in.path("rows")) + " → output " + Cells.count(out.path("rows")) + ".", "class", "note");
        List<String> all = columns(in, out);
        List<String> shown = all.subList(0, Math.min(all.size(), ctx.options.maxColumns()));
        if (all.size() > shown.size()) {
            h.el("p", "Showing the first " + shown.size() + " of " + all.size() + " columns.", "class", "note");
        }
        if (!shown.isEmpty()) table(h, shown, in, out);
        grid(h, shown, in, out);
        classBalance(h, in.path("label"), out.path("label"));
    }

    /** Input columns in their order, then columns only the output has. */
    static List<String> columns(JsonNode in, JsonNode out) {
        Set<String> names = new LinkedHashSet<>();
        in.path("columns").fieldNames().forEachRemaining(names::add);
        out.path("columns").fieldNames().forEachRemaining(names::add);
        return new ArrayList<>(names);
    }

    private void table(Html h, List<String> columns, JsonNode in, JsonNode out) {
        Cells.table(h, "data profile");
        Cells.head(h, "column", "side", "type", "#complete", "#distinct", "#mean", "#stddev", "#min", "#max");
        for (String c : columns) {
            List<String> before = values(in.path("columns").path(c));
            List<String> after = values(out.path("columns").path(c));
            h.open("tbody", "class", "pair");
            row(h, c, "input", before, null);
            row(h, c, "output", after, before);
            h.close("tbody");
        }
        Cells.endTable(h);
    }

    /** A column's statistics as shown: type, completeness, distinct, mean, stddev, min, max; null if absent. */
    private static List<String> values(JsonNode p) {
        if (!p.isObject()) return null;
        JsonNode num = p.path("numeric");
        return List.of(types(p.path("types")), Cells.pct(p.path("completeness")),
                p.path("distinct").isNumber() ? "≈" + Fmt.count(Math.round(p.path("distinct").asDouble())) : Cells.NONE,
                Cells.num(num.path("mean")), Cells.num(num.path("stddev")), Cells.num(num.path("min")), Cells.num(num.path("max")));
    }

    /** One side's row; on the output row, values that differ from the input's are marked. */
    private void row(Html h, String column, String side, List<String> values, List<String> input) {
        boolean first = side.equals("input");
        h.open("tr", "class", side);
        if (first) {
            h.open("th", "rowspan", "2", "scope", "rowgroup");
            ctx.values.capped(h, column);
            h.close("th");
        }
        h.el("td", side, "class", "side");
        if (values == null) {
            h.el("td", "not in the " + side, "colspan", "7", "class", "absent");
        } else {
            for (int i = 0; i < values.size(); i++) {
                boolean delta = input != null && !values.get(i).equals(input.get(i));
                String cls = (i == 0 ? "" : "n ") + (delta ? "delta" : "");
                h.el("td", values.get(i), "class", cls.isBlank() ? null : cls.strip());
            }
        }
        h.close("tr");
    }

    /** "long" or "string 98%, long 2%". */
    private static String types(JsonNode types) {
        long total = 0;
        for (JsonNode n : types) total += n.asLong();
        if (total == 0) return Cells.NONE;
        StringBuilder s = new StringBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> it = types.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (s.length() > 0) s.append(", ");
            s.append(e.getKey());
            if (types.size() > 1) s.append(' ').append(Math.round(100.0 * e.getValue().asLong() / total)).append('%');
        }
        return s.toString();
    }

    private void grid(Html h, List<String> columns, JsonNode in, JsonNode out) {
        List<Chart> charts = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Chart c = columnChart(i, columns.get(i), in.path("columns").path(columns.get(i)), out.path("columns").path(columns.get(i)));
            if (c != null) charts.add(c);
        }
        if (charts.isEmpty()) return;
        h.el("h3", "Distributions");
        h.open("div", "class", "grid");
        for (Chart c : charts) ctx.charts.figure(h, c, null, "small");
        h.close("div");
    }

    private Chart columnChart(int index, String column, JsonNode in, JsonNode out) {
        String name = "column-" + (index + 1) + "-" + slug(column);
        HistogramOverlay.Histogram hin = histogram(in);
        HistogramOverlay.Histogram hout = histogram(out);
        if (hin != null || hout != null) {
            return HistogramOverlay.chart(name, column, hin, hout, BarRows.Style.SMALL.width(), 190, Fmt::num);
        }
        Map<String, Double> tin = topShares(in);
        Map<String, Double> tout = topShares(out);
        if (tin.isEmpty() && tout.isEmpty()) return null;
        List<String> labels = new ArrayList<>(tin.keySet());
        for (String k : tout.keySet()) if (!labels.contains(k)) labels.add(k);
        labels = labels.subList(0, Math.min(TOP_VALUES, labels.size()));
        return paired(name, column + " — top values", labels, tin, tout, BarRows.Style.SMALL);
    }

    /** Paired before/after bars of {@code labels}' shares. */
    static Chart paired(String name, String title, List<String> labels, Map<String, Double> in, Map<String, Double> out,
                                BarRows.Style style) {
        List<Double> before = new ArrayList<>();
        List<Double> after = new ArrayList<>();
        for (String l : labels) {
            before.add(in.get(l));
            after.add(out.get(l));
        }
        return BarRows.paired(name, title, labels, before, after, style, Fmt::pct);
    }

    private static HistogramOverlay.Histogram histogram(JsonNode p) {
        JsonNode hist = p.path("numeric").path("histogram");
        JsonNode edges = hist.path("edges");
        JsonNode counts = hist.path("counts");
        if (!edges.isArray() || !counts.isArray() || counts.isEmpty() || edges.size() != counts.size() + 1) return null;
        List<Double> e = new ArrayList<>();
        edges.forEach(x -> e.add(x.asDouble()));
        List<Long> c = new ArrayList<>();
        counts.forEach(x -> c.add(x.asLong()));
        return new HistogramOverlay.Histogram(e, c);
    }

    /** Top values as shares of the column's non-null count, most frequent first. */
    private static Map<String, Double> topShares(JsonNode p) {
        Map<String, Double> out = new LinkedHashMap<>();
        double count = p.path("count").asDouble(0);
        for (JsonNode tv : p.path("top_values")) {
            if (out.size() >= TOP_VALUES) break;
            String v = ValueView.plain(tv.path("value"));
            out.putIfAbsent(v, count <= 0 ? 0 : tv.path("count").asDouble() / count);
        }
        return out;
    }

    private void classBalance(Html h, JsonNode in, JsonNode out) {
        if (!in.path("classes").isObject() && !out.path("classes").isObject()) return;
        String column = in.path("column").asText(out.path("column").asText("label"));
        Map<String, Double> sin = classShares(in.path("classes"));
        Map<String, Double> sout = classShares(out.path("classes"));
        List<String> labels = new ArrayList<>(sin.keySet());
        for (String k : sout.keySet()) if (!labels.contains(k)) labels.add(k);
        labels = labels.subList(0, Math.min(MAX_CLASSES, labels.size()));
        ctx.charts.figure(h, paired("class-balance", "Class balance of " + column, labels, sin, sout, BarRows.Style.WIDE),
                "Imbalance ratio (largest class / smallest): input " + Cells.num(in.path("imbalance_ratio")) + ", output "
                        + Cells.num(out.path("imbalance_ratio")) + ".", null);
    }

    /** Counts by name (classes, languages) as shares of their total, largest first. */
    static Map<String, Double> classShares(JsonNode classes) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        classes.fields().forEachRemaining(entries::add);
        entries.sort((a, b) -> Long.compare(b.getValue().asLong(), a.getValue().asLong()));
        double total = entries.stream().mapToDouble(e -> e.getValue().asDouble()).sum();
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : entries) out.put(e.getKey(), total == 0 ? 0 : e.getValue().asDouble() / total);
        return out;
    }

    /** A column name made safe for a file name. */
    static String slug(String column) {
        String s = column.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 40) s = s.substring(0, 40);
        return s.isEmpty() ? "x" : s;
    }
}
