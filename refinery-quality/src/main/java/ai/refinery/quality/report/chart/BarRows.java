package ai.refinery.quality.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Horizontal bars, one row per category: the funnel (a bar of what a step kept, stacked with what
 * it dropped and quarantined), drop reasons, and input-versus-output pairs (two thin bars a row).
 * Long labels are elided; each bar ends in a value text.
 */
public final class BarRows {
    private BarRows() {}

    /** One stacked piece of a bar. */
    public record Segment(double value, Colour colour, String role) {}

    /** A bar: its stacked segments (first at the axis), the text after it, a tooltip. */
    public record Bar(List<Segment> segments, String valueText, String tooltip) {
        public Bar {
            segments = List.copyOf(segments);
        }

        public static Bar of(double value, Colour colour, String valueText, String tooltip) {
            return new Bar(List.of(new Segment(value, colour, "bar")), valueText, tooltip);
        }

        double total() {
            double t = 0;
            for (Segment s : segments) t += Math.max(0, s.value());
            return t;
        }
    }

    public record Row(String label, List<Bar> bars) {
        public Row {
            bars = List.copyOf(bars);
        }

        public static Row of(String label, Bar bar) {
            return new Row(label, List.of(bar));
        }
    }

    /** Sizes: the full-width chart or a small multiple. */
    public record Style(int width, double font, double barHeight, double rowGap, double maxLabelWidth) {
        public static final Style WIDE = new Style(760, 12, 16, 8, 240);
        public static final Style SMALL = new Style(300, 9.5, 9, 6, 90);
    }

    private static final double TITLE_HEIGHT = 26;

    public static Chart chart(String name, String title, List<Row> rows, List<Legend.Item> legend, Style style) {
        double labelWidth = 0;
        double valueWidth = 0;
        double max = 0;
        for (Row r : rows) {
            labelWidth = Math.max(labelWidth, TextWidth.of(r.label(), style.font()));
            for (Bar bar : r.bars()) {
                valueWidth = Math.max(valueWidth, TextWidth.of(bar.valueText(), style.font()));
                max = Math.max(max, bar.total());
            }
        }
        labelWidth = Math.min(labelWidth, style.maxLabelWidth()) + 10;
        valueWidth = Math.min(valueWidth, style.width() * 0.35) + 8;
        int barsPerRow = rows.stream().mapToInt(r -> r.bars().size()).max().orElse(1);
        double rowHeight = barsPerRow * style.barHeight() + (barsPerRow - 1) * 2 + style.rowGap();
        double top = TITLE_HEIGHT + (legend.isEmpty() ? 0 : 22);
        int height = (int) Math.ceil(top + Math.max(1, rows.size()) * rowHeight + 6);

        Chart.Builder b = new Chart.Builder(name, title, style.width(), height);
        b.bold(0, 16, TextWidth.elide(title, style.width(), 13), 13, Mark.Anchor.START, Palette.INK);
        if (!legend.isEmpty()) Legend.draw(b, legend, style.width() - 2, 36);
        double x0 = labelWidth;
        double span = Math.max(1, style.width() - labelWidth - valueWidth);
        b.segment(x0, top - 2, x0, top + rows.size() * rowHeight - style.rowGap() + 2, Palette.AXIS, 1, "axis");
        double y = top;
        for (Row r : rows) {
            double rowBars = r.bars().size() * style.barHeight() + (r.bars().size() - 1) * 2;
            b.text(labelWidth - 8, y + rowBars / 2 + style.font() * 0.36, TextWidth.elide(r.label(), labelWidth - 10, style.font()),
                    style.font(), Mark.Anchor.END, Palette.INK);
            for (Bar bar : r.bars()) {
                double x = x0;
                for (Segment s : bar.segments()) {
                    double w = max <= 0 ? 0 : Math.max(0, s.value()) / max * span;
                    // a non-zero value stays visible as a sliver
                    if (s.value() > 0 && w < 1) w = 1;
                    b.rect(x, y, w, style.barHeight(), s.colour(), s.role(), bar.tooltip());
                    x += w;
                }
                b.text(x + 5, y + style.barHeight() / 2 + style.font() * 0.36, bar.valueText(), style.font(), Mark.Anchor.START,
                        Palette.MUTED);
                y += style.barHeight() + 2;
            }
            y += style.rowGap() - 2;
        }
        return b.build();
    }

    /** Rows of two bars, input (grey) above output (accent), with values as shares. */
    public static Chart paired(String name, String title, List<String> labels, List<Double> before, List<Double> after,
                               Style style, DoubleFunction<String> fmt) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Double in = before.get(i);
            Double out = after.get(i);
            rows.add(new Row(labels.get(i), List.of(
                    pairBar(in, Palette.BEFORE, "before", labels.get(i), fmt),
                    pairBar(out, Palette.ACCENT, "after", labels.get(i), fmt))));
        }
        return chart(name, title, rows, List.of(Legend.Item.of("input", Palette.BEFORE), Legend.Item.of("output", Palette.ACCENT)),
                style);
    }

    private static Bar pairBar(Double v, Colour c, String side, String label, DoubleFunction<String> fmt) {
        String text = v == null ? "—" : fmt.apply(v);
        String role = "before".equals(side) ? "bar-before" : "bar-after";
        return new Bar(List.of(new Segment(v == null ? 0 : v, c, role)), text, label + " (" + (side.equals("before") ? "input" : "output") + "): " + text);
    }
}
