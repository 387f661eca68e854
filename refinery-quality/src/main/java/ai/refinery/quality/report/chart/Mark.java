package ai.refinery.quality.report.chart;

import java.util.List;

/**
 * One drawable element of a {@link Chart}, in chart pixels (origin top left, y down). Charts are
 * laid out once into marks; {@link SvgRenderer} and {@link PngRenderer} only draw them.
 */
public sealed interface Mark permits Mark.Rect, Mark.Line, Mark.Text, Mark.Dot {

    /** A filled rectangle; {@code role} names what it shows (e.g. "bar"), {@code tooltip} may be null. */
    record Rect(double x, double y, double w, double h, Colour fill, String role, String tooltip) implements Mark {}

    /** An open polyline of at least two points, {@code xs} and {@code ys} of equal length. */
    record Line(List<Double> xs, List<Double> ys, Colour stroke, double width, boolean dashed, String role) implements Mark {
        /** Dash and gap lengths of a dashed line. */
        public static final double DASH_ON = 5;
        public static final double DASH_OFF = 4;

        public Line {
            if (xs.size() != ys.size() || xs.size() < 2) throw new IllegalArgumentException("a line needs matching points, at least two");
            xs = List.copyOf(xs);
            ys = List.copyOf(ys);
        }

        public static Line segment(double x1, double y1, double x2, double y2, Colour stroke, double width, String role) {
            return new Line(List.of(x1, x2), List.of(y1, y2), stroke, width, false, role);
        }
    }

    /** Text on its baseline at (x, y); vertical text reads bottom to top, rotated about (x, y). */
    record Text(double x, double y, String text, double size, Anchor anchor, Colour colour, boolean bold, boolean vertical)
            implements Mark {}

    /** A filled circle: a data point of a line. */
    record Dot(double x, double y, double r, Colour fill, String tooltip) implements Mark {}

    enum Anchor { START, MIDDLE, END }
}
