package ai.refinery.quality.report.chart;

import java.util.List;

/** A one-line legend of colour swatches, right-aligned at the top of a chart. */
public final class Legend {
    private Legend() {}

    public record Item(String label, Colour colour, boolean dashed) {
        public static Item of(String label, Colour colour) {
            return new Item(label, colour, false);
        }
    }

    static final double FONT = 11;
    private static final double SWATCH = 10;
    private static final double GAP = 14;

    /** Draws the items ending at {@code right}, baseline {@code y}. */
    static void draw(Chart.Builder b, List<Item> items, double right, double y) {
        double x = right - width(items);
        for (Item it : items) {
            if (it.dashed()) {
                b.add(new Mark.Line(List.of(x, x + SWATCH + 6), List.of(y - 4, y - 4), it.colour(), 2, true, "legend"));
                x += SWATCH + 10;
            } else {
                b.rect(x, y - SWATCH + 1, SWATCH, SWATCH, it.colour(), "legend", null);
                x += SWATCH + 4;
            }
            b.text(x, y, it.label(), FONT, Mark.Anchor.START, Palette.MUTED);
            x += TextWidth.of(it.label(), FONT) + GAP;
        }
    }

    static double width(List<Item> items) {
        double w = 0;
        for (Item it : items) w += (it.dashed() ? SWATCH + 10 : SWATCH + 4) + TextWidth.of(it.label(), FONT) + GAP;
        return w - GAP;
    }
}
