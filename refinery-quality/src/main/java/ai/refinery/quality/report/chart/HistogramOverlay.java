package ai.refinery.quality.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Input and output histograms of one numeric column on a shared x axis. Bars show each side's share
 * of its own values, so a filter that keeps half the rows still compares shape with shape; the
 * output is drawn translucent over the input.
 */
public final class HistogramOverlay {
    private HistogramOverlay() {}

    /** {@code edges} has one more entry than {@code counts}. */
    public record Histogram(List<Double> edges, List<Long> counts) {
        public Histogram {
            if (edges.size() != counts.size() + 1) throw new IllegalArgumentException("histogram needs counts + 1 edges");
            edges = List.copyOf(edges);
            counts = List.copyOf(counts);
        }

        long total() {
            long t = 0;
            for (long c : counts) t += c;
            return t;
        }
    }

    public static Chart chart(String name, String title, Histogram before, Histogram after, int width, int height,
                              DoubleFunction<String> xLabel) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double maxShare = 0;
        for (Histogram h : sides(before, after)) {
            lo = Math.min(lo, h.edges().get(0));
            hi = Math.max(hi, h.edges().get(h.edges().size() - 1));
            long total = h.total();
            for (long c : h.counts()) maxShare = Math.max(maxShare, total == 0 ? 0 : (double) c / total);
        }
        Ticks x = Ticks.within(lo, hi, 4);
        Ticks y = Ticks.fromZero(maxShare, 4);
        Chart.Builder b = new Chart.Builder(name, title, width, height);
        b.bold(0, 15, TextWidth.elide(title, width, 12), 12, Mark.Anchor.START, Palette.INK);
        Legend.draw(b, List.of(Legend.Item.of("input", Palette.BEFORE), Legend.Item.of("output", Palette.ACCENT.withAlpha(0.55))),
                width - 2, 32);
        Plot plot = new Plot(44, 44, width - 10, height - 22, x, y);
        plot.axes(b, xLabel, v -> Math.round(v * 100) + "%", null, null);
        bars(b, plot, before, Palette.BEFORE, "bar-before", "input");
        bars(b, plot, after, Palette.ACCENT.withAlpha(0.55), "bar-after", "output");
        return b.build();
    }

    private static List<Histogram> sides(Histogram before, Histogram after) {
        List<Histogram> out = new ArrayList<>();
        if (before != null && !before.counts().isEmpty()) out.add(before);
        if (after != null && !after.counts().isEmpty()) out.add(after);
        return out;
    }

    private static void bars(Chart.Builder b, Plot plot, Histogram h, Colour fill, String role, String side) {
        if (h == null || h.counts().isEmpty()) return;
        long total = h.total();
        double minWidth = (plot.right - plot.left) / 40; // a constant column still shows as a bar
        for (int i = 0; i < h.counts().size(); i++) {
            long c = h.counts().get(i);
            if (c == 0) continue;
            double x0 = plot.px(h.edges().get(i));
            double x1 = plot.px(h.edges().get(i + 1));
            if (x1 - x0 < minWidth && h.edges().get(0).equals(h.edges().get(h.edges().size() - 1))) {
                x0 -= minWidth / 2;
                x1 = x0 + minWidth;
            }
            double share = total == 0 ? 0 : (double) c / total;
            double top = plot.py(share);
            String tip = side + " [" + h.edges().get(i) + ", " + h.edges().get(i + 1) + "): " + c + " (" + Math.round(share * 1000) / 10.0 + "%)";
            b.rect(x0, top, Math.max(1, x1 - x0 - 0.5), plot.bottom - top, fill, role, tip);
        }
    }
}
