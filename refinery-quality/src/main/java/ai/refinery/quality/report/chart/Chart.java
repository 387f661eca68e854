package ai.refinery.quality.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A laid-out chart: a size and a list of marks. {@code name} is a file-safe name used for the PNG
 * ({@code charts/<name>.png}) and the SVG's id; {@code title} describes it for people and screen readers.
 */
public record Chart(String name, String title, int width, int height, List<Mark> marks) {
    public Chart {
        if (!name.matches("[a-z0-9][a-z0-9_-]*")) throw new IllegalArgumentException("bad chart name: " + name);
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("chart size must be positive");
        marks = List.copyOf(marks);
    }

    /** How many marks have this role, e.g. "bar". */
    public long count(String role) {
        return marks.stream().filter(m -> role.equals(roleOf(m))).count();
    }

    static String roleOf(Mark m) {
        if (m instanceof Mark.Rect r) return r.role();
        if (m instanceof Mark.Line l) return l.role();
        return null;
    }

    /** Collects marks while a chart type lays itself out. */
    public static final class Builder {
        private final String name;
        private final String title;
        private final int width;
        private final int height;
        private final List<Mark> marks = new ArrayList<>();

        public Builder(String name, String title, int width, int height) {
            this.name = name;
            this.title = title;
            this.width = width;
            this.height = height;
        }

        public Builder add(Mark m) {
            marks.add(m);
            return this;
        }

        public Builder rect(double x, double y, double w, double h, Colour fill, String role, String tooltip) {
            return add(new Mark.Rect(x, y, Math.max(0, w), Math.max(0, h), fill, role, tooltip));
        }

        public Builder text(double x, double y, String text, double size, Mark.Anchor anchor, Colour colour) {
            return add(new Mark.Text(x, y, text, size, anchor, colour, false, false));
        }

        public Builder bold(double x, double y, String text, double size, Mark.Anchor anchor, Colour colour) {
            return add(new Mark.Text(x, y, text, size, anchor, colour, true, false));
        }

        public Builder segment(double x1, double y1, double x2, double y2, Colour stroke, double width, String role) {
            return add(Mark.Line.segment(x1, y1, x2, y2, stroke, width, role));
        }

        public int width() { return width; }

        public int height() { return height; }

        public Chart build() {
            return new Chart(name, title, width, height, marks);
        }
    }
}
