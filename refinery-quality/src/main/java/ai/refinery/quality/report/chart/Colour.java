package ai.refinery.quality.report.chart;

import java.util.Locale;

/** An sRGB colour with opacity, as both renderers need it. */
public record Colour(int rgb, double alpha) {
    public Colour {
        if (rgb < 0 || rgb > 0xFFFFFF) throw new IllegalArgumentException("rgb out of range: " + rgb);
        if (!(alpha >= 0 && alpha <= 1)) throw new IllegalArgumentException("alpha out of range: " + alpha);
    }

    /** From {@code #rrggbb}. */
    public static Colour hex(String hex) {
        return new Colour(Integer.parseInt(hex.substring(1), 16), 1);
    }

    public Colour withAlpha(double a) {
        return new Colour(rgb, a);
    }

    public String hex() {
        return String.format(Locale.ROOT, "#%06x", rgb);
    }

    public int red() { return rgb >> 16 & 0xFF; }

    public int green() { return rgb >> 8 & 0xFF; }

    public int blue() { return rgb & 0xFF; }

    /** The colour {@code t} of the way from this one to {@code to} (0..1). */
    public Colour mix(Colour to, double t) {
        double u = Math.max(0, Math.min(1, t));
        int r = (int) Math.round(red() + (to.red() - red()) * u);
        int g = (int) Math.round(green() + (to.green() - green()) * u);
        int b = (int) Math.round(blue() + (to.blue() - blue()) * u);
        return new Colour(r << 16 | g << 8 | b, alpha);
    }

    /** Relative luminance (WCAG), to choose dark or light text on a fill. */
    public double luminance() {
        return 0.2126 * channel(red()) + 0.7152 * channel(green()) + 0.0722 * channel(blue());
    }

    private static double channel(int c) {
        double s = c / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
