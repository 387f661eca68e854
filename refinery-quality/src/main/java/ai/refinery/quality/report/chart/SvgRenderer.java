package ai.refinery.quality.report.chart;

import ai.refinery.quality.report.html.Escape;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Chart} as inline SVG markup (XML-compatible, so it can sit in the polyglot page).
 * Each mark's role becomes its class; tooltips become SVG titles. Text is escaped here, which is why
 * the page may append the result as trusted markup.
 */
public final class SvgRenderer {
    private SvgRenderer() {}

    public static String render(Chart c) {
        StringBuilder s = new StringBuilder(4096);
        String id = "chart-" + c.name();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(id)
                .append("\" viewBox=\"0 0 ").append(c.width()).append(' ').append(c.height())
                .append("\" width=\"").append(c.width()).append("\" height=\"").append(c.height())
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title\">")
                .append("<title id=\"").append(id).append("-title\">").append(Escape.xml(c.title())).append("</title>");
        for (Mark m : c.marks()) {
            if (m instanceof Mark.Rect r) rect(s, r);
            else if (m instanceof Mark.Line l) line(s, l);
            else if (m instanceof Mark.Text t) text(s, t);
            else if (m instanceof Mark.Dot d) dot(s, d);
        }
        return s.append("</svg>").toString();
    }

    private static void rect(StringBuilder s, Mark.Rect r) {
        s.append("<rect");
        role(s, r.role());
        s.append(" x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y()))
                .append("\" width=\"").append(n(r.w())).append("\" height=\"").append(n(r.h())).append('"');
        fill(s, r.fill());
        tooltipOrClose(s, r.tooltip(), "rect");
    }

    private static void line(StringBuilder s, Mark.Line l) {
        s.append("<polyline");
        role(s, l.role());
        s.append(" points=\"");
        List<Double> xs = l.xs();
        for (int i = 0; i < xs.size(); i++) {
            if (i > 0) s.append(' ');
            s.append(n(xs.get(i))).append(',').append(n(l.ys().get(i)));
        }
        s.append("\" fill=\"none\" stroke=\"").append(l.stroke().hex()).append('"');
        if (l.stroke().alpha() < 1) s.append(" stroke-opacity=\"").append(n(l.stroke().alpha())).append('"');
        s.append(" stroke-width=\"").append(n(l.width())).append('"');
        if (l.dashed()) s.append(" stroke-dasharray=\"").append(n(Mark.Line.DASH_ON)).append(' ').append(n(Mark.Line.DASH_OFF)).append('"');
        s.append("/>");
    }

    private static void text(StringBuilder s, Mark.Text t) {
        s.append("<text x=\"").append(n(t.x())).append("\" y=\"").append(n(t.y()))
                .append("\" font-size=\"").append(n(t.size())).append('"');
        if (t.anchor() != Mark.Anchor.START) s.append(" text-anchor=\"").append(t.anchor() == Mark.Anchor.MIDDLE ? "middle" : "end").append('"');
        if (t.bold()) s.append(" font-weight=\"bold\"");
        if (t.vertical()) s.append(" transform=\"rotate(-90 ").append(n(t.x())).append(' ').append(n(t.y())).append(")\"");
        fill(s, t.colour());
        s.append('>').append(Escape.xml(t.text())).append("</text>");
    }

    private static void dot(StringBuilder s, Mark.Dot d) {
        s.append("<circle cx=\"").append(n(d.x())).append("\" cy=\"").append(n(d.y())).append("\" r=\"").append(n(d.r())).append('"');
        fill(s, d.fill());
        tooltipOrClose(s, d.tooltip(), "circle");
    }

    private static void role(StringBuilder s, String role) {
        if (role != null) s.append(" class=\"").append(Escape.xml(role)).append('"');
    }

    private static void fill(StringBuilder s, Colour c) {
        s.append(" fill=\"").append(c.hex()).append('"');
        if (c.alpha() < 1) s.append(" fill-opacity=\"").append(n(c.alpha())).append('"');
    }

    private static void tooltipOrClose(StringBuilder s, String tooltip, String tag) {
        if (tooltip == null) {
            s.append("/>");
        } else {
            s.append("><title>").append(Escape.xml(tooltip)).append("</title></").append(tag).append('>');
        }
    }

    /** Coordinates to at most two decimals, without trailing zeros: keeps the markup small. */
    static String n(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) return Long.toString((long) v);
        String f = String.format(Locale.ROOT, "%.2f", v);
        int end = f.length();
        while (f.charAt(end - 1) == '0') end--;
        if (f.charAt(end - 1) == '.') end--;
        return f.substring(0, end);
    }
}
