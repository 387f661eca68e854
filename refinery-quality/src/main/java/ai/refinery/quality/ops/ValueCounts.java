package ai.refinery.quality.ops;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Exact counts of a field's values (texts, numbers, booleans), for the mode. Counting stops when
 * the field has more than {@code maxDistinct} distinct values: a mode of so many values says
 * little, and memory stays bounded. Whether that happened depends only on the values, not on the
 * batches. Null and NaN are missing; lists, maps and bytes are counted as {@link #others()}.
 */
final class ValueCounts implements ColumnAccumulator<ValueCounts> {
    private static final long serialVersionUID = 1L;
    /** Ties go to the smallest value: texts before numbers before booleans, each in natural order. */
    private static final Comparator<Object> ORDER = Comparator.<Object>comparingInt(ValueCounts::typeRank).thenComparing(ValueCounts::compareSameType);

    private final int maxDistinct;
    private HashMap<Object, long[]> counts = new HashMap<>();
    private boolean overflowed;
    private long count;
    private long others;

    ValueCounts(int maxDistinct) {
        if (maxDistinct < 1) throw new IllegalArgumentException("maxDistinct must be at least 1, got " + maxDistinct);
        this.maxDistinct = maxDistinct;
    }

    @Override
    public void add(Object v) {
        if (v == null || v instanceof Double d && d.isNaN()) return;
        if (!(v instanceof String || v instanceof Long || v instanceof Double || v instanceof Boolean)) {
            others++;
            return;
        }
        count++;
        if (overflowed) return;
        put(v instanceof Double d ? (Object) (d + 0.0) : v, 1);
        checkSize();
    }

    @Override
    public void merge(ValueCounts o) {
        count += o.count;
        others += o.others;
        if (o.overflowed) overflow();
        if (overflowed) return;
        for (Map.Entry<Object, long[]> e : o.counts.entrySet()) put(e.getKey(), e.getValue()[0]);
        checkSize();
    }

    long count() {
        return count;
    }

    long others() {
        return others;
    }

    /** Whether there were more than {@code maxDistinct} distinct values, so no counts are kept. */
    boolean overflowed() {
        return overflowed;
    }

    /**
     * The most frequent value; ties go to the smallest.
     *
     * @throws IllegalStateException when there are no values or too many distinct ones
     */
    Object mode() {
        if (overflowed) throw new IllegalStateException("more than " + maxDistinct + " distinct values");
        if (counts.isEmpty()) throw new IllegalStateException("no values");
        Object best = null;
        long bestCount = -1;
        for (Map.Entry<Object, long[]> e : counts.entrySet()) {
            long n = e.getValue()[0];
            if (n > bestCount || n == bestCount && ORDER.compare(e.getKey(), best) < 0) {
                best = e.getKey();
                bestCount = n;
            }
        }
        return best;
    }

    /** How often {@code value} was seen (0 when counting stopped). */
    long countOf(Object value) {
        long[] c = counts.get(value);
        return c == null ? 0 : c[0];
    }

    private void put(Object key, long n) {
        long[] c = counts.get(key);
        if (c == null) counts.put(key, new long[] {n});
        else c[0] += n;
    }

    private void checkSize() {
        if (counts.size() > maxDistinct) overflow();
    }

    private void overflow() {
        overflowed = true;
        counts = new HashMap<>();
    }

    private static int typeRank(Object v) {
        if (v instanceof String) return 0;
        if (v instanceof Number) return 1;
        return 2;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareSameType(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            int c = Double.compare(x.doubleValue(), y.doubleValue());
            return c != 0 ? c : Boolean.compare(a instanceof Double, b instanceof Double); // 1 before 1.0
        }
        return ((Comparable) a).compareTo(b);
    }
}
