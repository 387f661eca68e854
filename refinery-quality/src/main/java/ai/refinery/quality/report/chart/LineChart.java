package ai.refinery.quality.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/** Series of (x, y) points as lines with dots: loss and accuracy per epoch. */
public final class LineChart {
    private LineChart() {}

    public record Series(String label, List<Double> xs, List<Double> ys, Colour colour, boolean dashed) {
        public Series {
            if (xs.size() != ys.size()) throw new IllegalArgumentException("xs and ys differ in length");
            xs = List.copyOf(xs);
            ys = List.copyOf(ys);
        }
    }

    public static Chart chart(String name, String title, List<Series> series, String xTitle, int width, int height,
                              DoubleFunction<String> yLabel) {
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (int i = 0; i < s.xs().size(); i++) {
                if (!Double.isFinite(s.ys().get(i))) continue;
                xMin = Math.min(xMin, s.xs().get(i));
                xMax = Math.max(xMax, s.xs().get(i));
                yMin = Math.min(yMin, s.ys().get(i));
                yMax = Math.max(yMax, s.ys().get(i));
            }
        }
        Ticks x = Ticks.within(xMin, xMax, Math.min(8, Math.max(2, (int) (xMax - xMin) + 1)));
        Ticks y = Ticks.nice(yMin, yMax, 5);
        Chart.Builder b = new Chart.Builder(name, title, width, height);
        b.bold(0, 16, TextWidth.elide(title, width, 13), 13, Mark.Anchor.START, Palette.INK);
        List<Legend.Item> items = new ArrayList<>();
        for (Series s : series) items.add(new Legend.Item(s.label(), s.colour(), s.dashed()));
        Legend.draw(b, items, width - 2, 36);
        Plot plot = new Plot(58, 50, width - 14, height - 40, x, y);
        plot.axes(b, LineChart::integerOrBlank, yLabel, xTitle, null);
        for (Series s : series) {
            List<Double> px = new ArrayList<>();
            List<Double> py = new ArrayList<>();
            for (int i = 0; i < s.xs().size(); i++) {
                if (!Double.isFinite(s.ys().get(i))) continue;
                px.add(plot.px(s.xs().get(i)));
                py.add(plot.py(s.ys().get(i)));
            }
            if (px.size() >= 2) b.add(new Mark.Line(px, py, s.colour(), 2, s.dashed(), "series"));
            if (px.size() <= 60) {
                for (int i = 0; i < px.size(); i++) {
                    b.add(new Mark.Dot(px.get(i), py.get(i), 2.5, s.colour(), null));
                }
            }
        }
        return b.build();
    }

    /** Epochs are whole numbers: label integral ticks only. */
    private static String integerOrBlank(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : "";
    }
}
