package ai.refinery.quality.report.chart;

/**
 * Estimated text widths for layout. Both renderers must see the same layout, so it cannot depend on
 * one renderer's font metrics; 0.62 em per character is a little wider than DejaVu Sans and the
 * usual system UI fonts, so estimates err towards room to spare.
 */
public final class TextWidth {
    private TextWidth() {}

    private static final double EM_PER_CHAR = 0.62;

    public static double of(String s, double size) {
        return s.codePointCount(0, s.length()) * size * EM_PER_CHAR;
    }

    /** The text, shortened with an ellipsis to fit {@code max} pixels. */
    public static String elide(String s, double max, double size) {
        int fit = (int) Math.floor(max / (size * EM_PER_CHAR));
        int n = s.codePointCount(0, s.length());
        if (n <= fit) return s;
        if (fit <= 1) return "…";
        return s.substring(0, s.offsetByCodePoints(0, fit - 1)) + "…";
    }
}
