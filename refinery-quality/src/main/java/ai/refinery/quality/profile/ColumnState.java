package ai.refinery.quality.profile;

import ai.refinery.core.record.FieldType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything one partial (or the merged whole) knows about one column. {@link #accept} is the hot
 * path: one type dispatch on the value's class, one hash, then the per-type statistics.
 */
final class ColumnState implements ValueCounts.Spill {
    static final int NO_SLOT_LEFT = -2;
    private static final FieldType[] TYPES = FieldType.values();
    private static final int STRING = FieldType.STRING.ordinal();
    private static final int LONG = FieldType.LONG.ordinal();
    private static final int DOUBLE = FieldType.DOUBLE.ordinal();
    private static final int BOOLEAN = FieldType.BOOLEAN.ordinal();

    final String name;
    private final ProfileOptions options;
    private final PatternSet patternSet;
    private long count;
    private final long[] typeCounts = new long[TYPES.length];
    private final ValueCounts values;
    private NumericState numeric;
    private TextStats text;
    private PatternCounts patterns;
    /** This column's slot in its partial's {@link CorrelationState}: -1 unassigned, or NO_SLOT_LEFT. */
    int correlationSlot = -1;

    /**
     * @param expectedDistinct distinct values per chunk to size tables for, 0 when unknown
     * @param sketching        start past the exact limit (the merged whole already is)
     */
    ColumnState(String name, ProfileOptions options, PatternSet patternSet, int expectedDistinct, boolean sketching) {
        this(name, options, patternSet, expectedDistinct, sketching, false);
    }

    /** @param nearDistinct start direct: the column's chunks have been nearly all distinct ({@link ValueCounts}) */
    ColumnState(String name, ProfileOptions options, PatternSet patternSet, int expectedDistinct, boolean sketching, boolean nearDistinct) {
        this.name = name;
        this.options = options;
        this.patternSet = patternSet;
        this.values = new ValueCounts(options.exactDistinctLimit(), options.hllLgK(), options.topValues(), expectedDistinct, sketching, nearDistinct, this);
    }

    /** Counts one value (null counts as missing); returns it as a double if it is a finite number, else NaN. */
    double accept(Object v) {
        if (v == null) return Double.NaN;
        count++;
        Class<?> type = v.getClass();
        if (type == String.class) {
            String s = (String) v;
            typeCounts[STRING]++;
            text().add(s);
            if (patternSet != null) patterns().add(s);
            values.add(s, ValueHashes.ofString(s));
            return Double.NaN;
        }
        if (type == Long.class) {
            long l = (Long) v;
            typeCounts[LONG]++;
            NumericState num = numeric();
            if (values.add(v, ValueHashes.ofLong(l))) num.sketchOnce(l);
            num.addLong(l);
            return l;
        }
        if (type == Double.class) {
            double d = (Double) v;
            typeCounts[DOUBLE]++;
            boolean direct = values.add(ValueHashes.canonicalDouble((Double) v), ValueHashes.ofDouble(d));
            if (Double.isFinite(d)) {
                NumericState num = numeric();
                if (direct) num.sketchOnce(d);
                num.addDouble(d);
                return d;
            }
            return Double.NaN;
        }
        if (type == Boolean.class) {
            typeCounts[BOOLEAN]++;
            values.add(v, ValueHashes.ofBoolean((Boolean) v));
            return Double.NaN;
        }
        typeCounts[FieldType.of(v).ordinal()]++;
        values.addDistinctOnly(ValueHashes.ofComplex(v));
        return Double.NaN;
    }

    /** Folds in the same column's state over the rows after this one's; {@code next} is consumed. */
    void absorb(ColumnState next) {
        count += next.count;
        for (int i = 0; i < typeCounts.length; i++) typeCounts[i] += next.typeCounts[i];
        // numbers first: absorbing the values may send exact counts on to the numbers' sketch
        if (next.numeric != null) numeric().absorb(next.numeric);
        values.absorb(next.values);
        if (next.text != null) text().absorb(next.text);
        if (next.patterns != null) patterns().absorb(next.patterns);
    }

    /** Counts that leave exact counting feed the quantile sketch with their numbers. */
    @Override
    public void leaving(ExactCounts counts) {
        if (numeric == null) return;
        double[] once = new double[counts.size()];
        int n = 0;
        for (int i = 0; i < counts.size(); i++) {
            Object key = counts.key(i);
            double x;
            if (key instanceof Long l) x = l;
            else if (key instanceof Double d && Double.isFinite(d)) x = d;
            else continue;
            long c = counts.count(i);
            if (c == 1) once[n++] = x;
            else numeric.sketch(x, c);
        }
        numeric.sketch(once, n);
    }

    /** Ends a chunk of rows: moves its counts into the sketches. */
    void drain() {
        values.drain();
    }

    void flush() {
        values.drain();
        if (numeric != null) numeric.flush();
    }

    /** Whether some value was a finite number. */
    boolean isNumeric() {
        return numeric != null && numeric.count() > 0;
    }

    ValueCounts values() { return values; }

    ColumnProfile toProfile(long rows) {
        Map<String, Long> types = new LinkedHashMap<>();
        for (int i = 0; i < TYPES.length; i++) if (typeCounts[i] > 0) types.put(TYPES[i].label(), typeCounts[i]);
        double[] distinct = count == 0 ? new double[3] : values.distinct();
        NumericProfile numbers = isNumeric() ? numeric.toProfile(options.histogramBins(), values.exactCounts()) : null;
        TextProfile lengths = text == null ? null : text.toProfile();
        Map<String, Double> compliance = patterns == null ? Map.of() : patterns.fractions(text.count());
        return new ColumnProfile(name, count, rows - count, rows == 0 ? Double.NaN : (double) count / rows, types,
                distinct[0], distinct[1], distinct[2], numbers, lengths,
                values.top(options.topValues()), values.isExact(), values.entropy(), compliance);
    }

    private NumericState numeric() {
        if (numeric == null) numeric = new NumericState(options.kllK());
        return numeric;
    }

    private TextStats text() {
        if (text == null) text = new TextStats();
        return text;
    }

    private PatternCounts patterns() {
        if (patterns == null) patterns = new PatternCounts(patternSet);
        return patterns;
    }
}
