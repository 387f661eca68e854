package ai.refinery.quality.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise co-moments of numeric columns. Within a partial, the first {@code cap} columns that
 * receive a number get a slot; rows are buffered per slot (NaN where a row has no number) and each
 * full block is summarised pair by pair with two passes, then combined ({@link CoMoments}). At a
 * merge the slot pairs become pairs of column names, so partials with different slots combine.
 *
 * <p>The cap bounds the cost, which grows with its square (32 columns are 496 pairs). It applies per
 * partial: when a batch has more numeric columns than the cap, which pairs it contributes to
 * depends on which columns had a number first in that batch; each pair reports the rows it covers.
 */
final class CorrelationState {
    private static final int BLOCK = 1024;

    private final int cap;
    private final List<ColumnState> slots = new ArrayList<>();
    private double[][] block = new double[0][];
    private int[] present = new int[0];
    private int rows;
    private CoMoments[][] slotPairs = new CoMoments[0][];
    private final Map<PairKey, CoMoments> pairs = new LinkedHashMap<>();

    /** Two column names in lexicographic order. */
    record PairKey(String first, String second) {
        static PairKey of(String a, String b) {
            return a.compareTo(b) <= 0 ? new PairKey(a, b) : new PairKey(b, a);
        }
    }

    CorrelationState(int cap) {
        this.cap = cap;
    }

    /** Records that this row's value of {@code column} is the finite number {@code x}. */
    void put(ColumnState column, double x) {
        int slot = column.correlationSlot;
        if (slot < 0) {
            if (slot == ColumnState.NO_SLOT_LEFT) return;
            slot = assignSlot(column);
            if (slot < 0) return;
        }
        block[slot][rows] = x;
        present[slot]++;
    }

    void endRow() {
        if (++rows == BLOCK) flushBlock();
    }

    /** Turns the buffered rows and slot pairs into name pairs; called before merging or reading. */
    void seal() {
        flushBlock();
        for (int i = 0; i < slotPairs.length; i++) {
            for (int j = i + 1; j < slotPairs.length; j++) {
                CoMoments m = slotPairs[i][j];
                if (m == null || m.n == 0) continue;
                String a = slots.get(i).name;
                String b = slots.get(j).name;
                PairKey key = PairKey.of(a, b);
                CoMoments oriented = key.first().equals(a) ? m : m.swapped();
                CoMoments existing = pairs.get(key);
                if (existing == null) pairs.put(key, oriented);
                else existing.absorb(oriented);
                slotPairs[i][j] = null;
            }
        }
    }

    void absorb(CorrelationState next) {
        seal();
        next.seal();
        next.pairs.forEach((key, m) -> {
            CoMoments existing = pairs.get(key);
            if (existing == null) pairs.put(key, m);
            else existing.absorb(m);
        });
    }

    /** Correlations between every pair of {@code columns}, in their order, that share rows. */
    List<Correlation> correlations(List<String> columns) {
        seal();
        List<Correlation> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            for (int j = i + 1; j < columns.size(); j++) {
                String a = columns.get(i);
                String b = columns.get(j);
                PairKey key = PairKey.of(a, b);
                CoMoments m = pairs.get(key);
                if (m == null || m.n == 0) continue;
                CoMoments oriented = key.first().equals(a) ? m : m.swapped();
                out.add(new Correlation(a, b, oriented.pearson(), oriented.n));
            }
        }
        return out;
    }

    private int assignSlot(ColumnState column) {
        if (slots.size() == cap) {
            column.correlationSlot = ColumnState.NO_SLOT_LEFT;
            return -1;
        }
        int slot = slots.size();
        slots.add(column);
        column.correlationSlot = slot;
        double[] values = new double[BLOCK];
        Arrays.fill(values, Double.NaN);
        block = Arrays.copyOf(block, slot + 1);
        block[slot] = values;
        present = Arrays.copyOf(present, slot + 1);
        CoMoments[][] grown = new CoMoments[slot + 1][];
        for (int i = 0; i <= slot; i++) grown[i] = i < slotPairs.length ? Arrays.copyOf(slotPairs[i], slot + 1) : new CoMoments[slot + 1];
        slotPairs = grown;
        return slot;
    }

    private void flushBlock() {
        int s = slots.size();
        if (rows == 0) return;
        if (s >= 2) {
            double[] means = new double[s];
            double[] m2 = new double[s];
            for (int i = 0; i < s; i++) {
                if (present[i] == rows) {
                    means[i] = mean(block[i], rows);
                    m2[i] = sumSquaredDeviations(block[i], rows, means[i]);
                }
            }
            for (int i = 0; i < s; i++) {
                if (present[i] == 0) continue;
                for (int j = i + 1; j < s; j++) {
                    if (present[j] == 0) continue;
                    CoMoments acc = slotPairs[i][j];
                    if (acc == null) acc = slotPairs[i][j] = new CoMoments();
                    if (present[i] == rows && present[j] == rows) {
                        acc.combine(rows, means[i], means[j], m2[i], m2[j], crossProducts(block[i], block[j], rows, means[i], means[j]));
                    } else {
                        addSparseBlock(acc, block[i], block[j], rows);
                    }
                }
            }
        }
        for (int i = 0; i < s; i++) {
            if (present[i] > 0) Arrays.fill(block[i], 0, rows, Double.NaN);
            present[i] = 0;
        }
        rows = 0;
    }

    // The block loops below keep four partial sums so that the additions of consecutive rows do not
    // wait on each other; they run over at most BLOCK rows, where summation order barely matters.

    private static double mean(double[] x, int n) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int r = 0;
        for (; r + 4 <= n; r += 4) {
            s0 += x[r];
            s1 += x[r + 1];
            s2 += x[r + 2];
            s3 += x[r + 3];
        }
        for (; r < n; r++) s0 += x[r];
        return (s0 + s1 + s2 + s3) / n;
    }

    private static double sumSquaredDeviations(double[] x, int n, double mean) {
        return crossProducts(x, x, n, mean, mean);
    }

    private static double crossProducts(double[] x, double[] y, int n, double meanX, double meanY) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int r = 0;
        for (; r + 4 <= n; r += 4) {
            s0 += (x[r] - meanX) * (y[r] - meanY);
            s1 += (x[r + 1] - meanX) * (y[r + 1] - meanY);
            s2 += (x[r + 2] - meanX) * (y[r + 2] - meanY);
            s3 += (x[r + 3] - meanX) * (y[r + 3] - meanY);
        }
        for (; r < n; r++) s0 += (x[r] - meanX) * (y[r] - meanY);
        return s0 + s1 + s2 + s3;
    }

    /** Two passes over the rows where both columns hold a number (NaN marks the others). */
    private static void addSparseBlock(CoMoments acc, double[] x, double[] y, int n) {
        long count = 0;
        double sumX = 0;
        double sumY = 0;
        for (int r = 0; r < n; r++) {
            if (x[r] == x[r] && y[r] == y[r]) {
                count++;
                sumX += x[r];
                sumY += y[r];
            }
        }
        if (count == 0) return;
        double meanX = sumX / count;
        double meanY = sumY / count;
        double m2x = 0;
        double m2y = 0;
        double cxy = 0;
        for (int r = 0; r < n; r++) {
            if (x[r] == x[r] && y[r] == y[r]) {
                double dx = x[r] - meanX;
                double dy = y[r] - meanY;
                m2x += dx * dx;
                m2y += dy * dy;
                cxy += dx * dy;
            }
        }
        acc.combine(count, meanX, meanY, m2x, m2y, cxy);
    }
}
