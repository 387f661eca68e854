package ai.refinery.quality.report.chart;

import java.util.function.DoubleFunction;

/**
 * A plot area inside a chart with linear x and y scales, and the gridlines, tick labels and axis
 * titles every x/y chart needs, so the chart types only place their data.
 */
final class Plot {
    static final double FONT = 11;

    final double left;
    final double top;
    final double right;
    final double bottom;
    final Ticks x;
    final Ticks y;

    Plot(double left, double top, double right, double bottom, Ticks x, Ticks y) {
        this.left = left;
        this.top = top;
        this.right = right;
        this.bottom = bottom;
        this.x = x;
        this.y = y;
    }

    double px(double v) {
        return left + (v - x.lo()) / (x.hi() - x.lo()) * (right - left);
    }

    double py(double v) {
        return bottom - (v - y.lo()) / (y.hi() - y.lo()) * (bottom - top);
    }

    /** Horizontal gridlines with y labels, the x axis with its tick labels, and axis titles (may be null). */
    void axes(Chart.Builder b, DoubleFunction<String> xLabel, DoubleFunction<String> yLabel, String xTitle, String yTitle) {
        for (double v : y.values()) {
            double yy = py(v);
            b.segment(left, yy, right, yy, Palette.GRID, 1, "grid");
            b.text(left - 6, yy + 4, yLabel.apply(v), FONT, Mark.Anchor.END, Palette.MUTED);
        }
        b.segment(left, bottom, right, bottom, Palette.AXIS, 1, "axis");
        for (double v : x.values()) {
            double xx = px(v);
            b.segment(xx, bottom, xx, bottom + 4, Palette.AXIS, 1, "axis");
            b.text(xx, bottom + 16, xLabel.apply(v), FONT, Mark.Anchor.MIDDLE, Palette.MUTED);
        }
        if (xTitle != null) b.text((left + right) / 2, bottom + 32, xTitle, FONT, Mark.Anchor.MIDDLE, Palette.MUTED);
        if (yTitle != null) {
            b.add(new Mark.Text(12, (top + bottom) / 2, yTitle, FONT, Mark.Anchor.MIDDLE, Palette.MUTED, false, true));
        }
    }
}
