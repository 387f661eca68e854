package ai.refinery.bench;

import ai.refinery.core.record.FieldType;
import ai.refinery.core.record.Record;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The peer the profiler is measured against: the same statistics computed exactly with plain Java
 * collections, one thread, memory growing with the data — value counts in a HashMap per column
 * (distinct, top values, entropy, class balance), every number kept and sorted (quantiles, min,
 * max, histogram), two-pass moments, and a row-aligned copy of the numeric columns for Pearson.
 */
final class NaiveProfile {
    private static final double[] LEVELS = {0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99};

    private final Map<String, Column> columns = new LinkedHashMap<>();
    private long rows;

    private static final class Column {
        final long firstRow;
        long count;
        final long[] types = new long[FieldType.values().length];
        final Map<Object, long[]> counts = new HashMap<>();
        double[] numbers = new double[16];
        int numberCount;
        /** The numeric value per row (NaN when none), from the column's first row on. */
        double[] byRow = new double[16];
        int byRowSize;
        long textCount;
        long minLength = Long.MAX_VALUE;
        long maxLength;
        long totalLength;

        Column(long firstRow) {
            this.firstRow = firstRow;
        }
    }

    void accept(Record r) {
        for (Column c : columns.values()) appendRow(c, Double.NaN);
        for (int i = 0; i < r.fieldCount(); i++) {
            String name = r.fieldName(i);
            Column c = columns.get(name);
            if (c == null) {
                c = new Column(rows);
                columns.put(name, c);
                appendRow(c, Double.NaN);
            }
            Object v = r.fieldValue(i);
            if (v == null) continue;
            c.count++;
            c.types[FieldType.of(v).ordinal()]++;
            if (v instanceof String || v instanceof Long || v instanceof Double || v instanceof Boolean) {
                c.counts.computeIfAbsent(v, k -> new long[1])[0]++;
            }
            if (v instanceof String s) {
                long length = s.codePointCount(0, s.length());
                c.textCount++;
                c.minLength = Math.min(c.minLength, length);
                c.maxLength = Math.max(c.maxLength, length);
                c.totalLength += length;
            }
            if (v instanceof Long || (v instanceof Double d && Double.isFinite(d))) {
                double x = ((Number) v).doubleValue();
                if (c.numberCount == c.numbers.length) c.numbers = Arrays.copyOf(c.numbers, c.numberCount * 2);
                c.numbers[c.numberCount++] = x;
                c.byRow[c.byRowSize - 1] = x;
            }
        }
        rows++;
    }

    private static void appendRow(Column c, double x) {
        if (c.byRowSize == c.byRow.length) c.byRow = Arrays.copyOf(c.byRow, c.byRowSize * 2);
        c.byRow[c.byRowSize++] = x;
    }

    /** Computes every statistic; returns a checksum so that nothing is optimised away. */
    double finish(String labelColumn) {
        double checksum = 0;
        List<String> numeric = new ArrayList<>();
        for (Map.Entry<String, Column> e : columns.entrySet()) {
            Column c = e.getValue();
            checksum += c.count + c.counts.size() + c.textCount + c.totalLength / (double) Math.max(1, c.textCount);
            List<Map.Entry<Object, long[]>> entries = new ArrayList<>(c.counts.entrySet());
            entries.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
            for (int i = 0; i < Math.min(20, entries.size()); i++) checksum += entries.get(i).getValue()[0];
            double entropy = 0;
            for (Map.Entry<Object, long[]> v : entries) {
                double p = v.getValue()[0] / (double) c.count;
                entropy -= p * Math.log(p) / Math.log(2);
            }
            checksum += entropy;
            if (c.numberCount > 0) {
                numeric.add(e.getKey());
                double[] sorted = Arrays.copyOf(c.numbers, c.numberCount);
                Arrays.sort(sorted);
                int n = sorted.length;
                for (double q : LEVELS) checksum += sorted[Math.max(0, (int) Math.ceil(q * n) - 1)];
                double sum = 0;
                for (double x : sorted) sum += x;
                double mean = sum / n;
                double m2 = 0;
                for (double x : sorted) m2 += (x - mean) * (x - mean);
                double min = sorted[0];
                double max = sorted[n - 1];
                long[] bins = new long[20];
                double width = (max - min) / 20;
                for (double x : sorted) bins[width == 0 ? 0 : Math.min(19, (int) ((x - min) / width))]++;
                checksum += mean + Math.sqrt(m2 / n) + min + max + bins[0];
            }
        }
        for (int i = 0; i < Math.min(32, numeric.size()); i++) {
            for (int j = i + 1; j < Math.min(32, numeric.size()); j++) checksum += pearson(columns.get(numeric.get(i)), columns.get(numeric.get(j)));
        }
        Column label = columns.get(labelColumn);
        if (label != null) checksum += label.counts.size();
        return checksum;
    }

    private double pearson(Column a, Column b) {
        // align by row: a column's row array starts at its first row
        long from = Math.max(a.firstRow, b.firstRow);
        long n = 0;
        double sx = 0;
        double sy = 0;
        for (long r = from; r < rows; r++) {
            double x = a.byRow[(int) (r - a.firstRow)];
            double y = b.byRow[(int) (r - b.firstRow)];
            if (x == x && y == y) {
                n++;
                sx += x;
                sy += y;
            }
        }
        if (n < 2) return 0;
        double mx = sx / n;
        double my = sy / n;
        double cxy = 0;
        double vx = 0;
        double vy = 0;
        for (long r = from; r < rows; r++) {
            double x = a.byRow[(int) (r - a.firstRow)];
            double y = b.byRow[(int) (r - b.firstRow)];
            if (x == x && y == y) {
                cxy += (x - mx) * (y - my);
                vx += (x - mx) * (x - mx);
                vy += (y - my) * (y - my);
            }
        }
        return vx == 0 || vy == 0 ? 0 : cxy / Math.sqrt(vx * vy);
    }
}
