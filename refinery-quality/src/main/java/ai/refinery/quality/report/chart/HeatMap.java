package ai.refinery.quality.report.chart;

import java.util.List;

/**
 * A confusion matrix as a grid of cells, rows the actual class and columns the predicted one. The
 * diagonal (correct) is shaded in the accent by its share of the row; off-diagonal cells (mistakes)
 * in vermillion scaled to the largest mistake, so rare confusions stay visible next to a full diagonal.
 */
public final class HeatMap {
    private HeatMap() {}

    private static final Colour LIGHT = Colour.hex("#f5f7fa");

    public static Chart chart(String name, String title, List<String> labels, long[][] counts) {
        int n = labels.size();
        double cell = Math.max(6, Math.min(44, 560.0 / Math.max(1, n)));
        double labelFont = Math.min(11, Math.max(7, cell * 0.45));
        double rowLabelWidth = Math.min(120, labels.stream().mapToDouble(l -> TextWidth.of(l, labelFont)).max().orElse(10) + 10);
        double left = 28 + rowLabelWidth;
        double top = 58;
        int width = (int) Math.ceil(Math.max(left + n * cell + 12, 320));
        int height = (int) Math.ceil(top + n * cell + 30);

        long[] rowTotal = new long[n];
        double maxOff = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) rowTotal[i] += counts[i][j];
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && rowTotal[i] > 0) maxOff = Math.max(maxOff, (double) counts[i][j] / rowTotal[i]);
            }
        }

        Chart.Builder b = new Chart.Builder(name, title, width, height);
        b.bold(0, 16, TextWidth.elide(title, width, 13), 13, Mark.Anchor.START, Palette.INK);
        b.text(left + n * cell / 2, 38, "predicted", 11, Mark.Anchor.MIDDLE, Palette.MUTED);
        b.add(new Mark.Text(12, top + n * cell / 2, "actual", 11, Mark.Anchor.MIDDLE, Palette.MUTED, false, true));
        boolean numbers = cell >= 24;
        double numberFont = Math.min(11, cell * 0.3);
        for (int j = 0; j < n; j++) {
            b.text(left + (j + 0.5) * cell, top - 6, TextWidth.elide(labels.get(j), cell + 4, labelFont), labelFont,
                    Mark.Anchor.MIDDLE, Palette.INK);
        }
        for (int i = 0; i < n; i++) {
            double y = top + i * cell;
            b.text(left - 6, y + cell / 2 + labelFont * 0.36, TextWidth.elide(labels.get(i), rowLabelWidth - 8, labelFont),
                    labelFont, Mark.Anchor.END, Palette.INK);
            for (int j = 0; j < n; j++) {
                double share = rowTotal[i] == 0 ? 0 : (double) counts[i][j] / rowTotal[i];
                Colour fill = i == j
                        ? LIGHT.mix(Palette.ACCENT, share)
                        : LIGHT.mix(Palette.FAIL, maxOff == 0 ? 0 : share / maxOff);
                String tip = "actual " + labels.get(i) + ", predicted " + labels.get(j) + ": " + counts[i][j]
                        + " (" + Math.round(share * 1000) / 10.0 + "% of actual " + labels.get(i) + ")";
                b.rect(left + j * cell + 0.5, y + 0.5, cell - 1, cell - 1, fill, "cell", tip);
                if (numbers && counts[i][j] > 0) {
                    Colour ink = fill.luminance() < 0.35 ? Palette.BACKGROUND : Palette.INK;
                    b.text(left + (j + 0.5) * cell, y + cell / 2 + numberFont * 0.36, Long.toString(counts[i][j]), numberFont,
                            Mark.Anchor.MIDDLE, ink);
                }
            }
        }
        String key = "diagonal: % of actual class · others: scaled to the largest confusion (" + Math.round(maxOff * 1000) / 10.0 + "%)";
        b.text(12, top + n * cell + 20, TextWidth.elide(key, width - 14, 10), 10, Mark.Anchor.START, Palette.MUTED);
        return b.build();
    }
}
