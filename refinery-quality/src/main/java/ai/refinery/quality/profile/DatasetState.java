package ai.refinery.quality.profile;

import ai.refinery.core.record.Record;
import ai.refinery.core.record.Values;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The profile state of a run of consecutive records: row count, column states in first-seen
 * order, correlations. It either accepts records or absorbs the state of the records that follow
 * its own; once it has absorbed one it accepts no more records (its column states may have come
 * from another partial).
 *
 * <p>Column limit: the first {@code maxColumns} columns are profiled. A state applies the limit to
 * what it sees, so a single batch with more than {@code maxColumns} columns of its own keeps only
 * its first ones, and its values of a later column that the whole input does profile are lost.
 */
final class DatasetState {
    /**
     * Rows after which columns move their chunk's counts into their sketches: bounds memory, and a
     * chunk's count table stays in the processor's cache.
     */
    static final int CHUNK_ROWS = 1024;
    /** Names of skipped columns remembered at most, to keep inputs with dynamic keys bounded. */
    static final int SKIPPED_NAMES_TRACKED = 10_000;

    private final ProfileOptions options;
    private final PatternSet patterns;
    private final PartialHints hints;
    private final int chunkLimit;
    private long rows;
    private int chunkRows;
    private final Map<String, ColumnState> columns = new LinkedHashMap<>();
    private final Set<String> skipped = new LinkedHashSet<>();
    /** Fields seen and not profiled (not listed, or beyond maxColumns), so each is decided once. */
    private final Set<String> ignored = new HashSet<>();
    private final CorrelationState correlation;
    private boolean absorbing;
    /** The column state of the field at each position of the last record whose field had that name. */
    private String[] cachedNames = new String[16];
    private ColumnState[] cachedColumns = new ColumnState[16];
    /** Names seen (profiled or not) and their column states, for {@link #byName}. */
    private final String[] nameSlots = new String[256];
    private final ColumnState[] nameColumns = new ColumnState[256];
    private int nameCount;

    DatasetState(ProfileOptions options, PatternSet patterns, PartialHints hints) {
        this.options = options;
        this.patterns = patterns;
        this.hints = hints;
        this.chunkLimit = hints.chunkRows(CHUNK_ROWS);
        this.correlation = new CorrelationState(options.maxCorrelationColumns());
    }

    void accept(Record r) {
        if (absorbing) throw new IllegalStateException("a profile partial that has absorbed another accepts no more records; use a new partial");
        rows++;
        int n = r.fieldCount();
        if (n > cachedNames.length) {
            cachedNames = Arrays.copyOf(cachedNames, n);
            cachedColumns = Arrays.copyOf(cachedColumns, n);
        }
        for (int i = 0; i < n; i++) {
            String name = r.fieldName(i);
            String cached = cachedNames[i];
            ColumnState c;
            // field names usually are the same String instances from record to record
            if (cached == name || name.equals(cached)) {
                c = cachedColumns[i];
            } else {
                c = byName(name);
                cachedNames[i] = name;
                cachedColumns[i] = c;
            }
            if (c == null) continue;
            double x = c.accept(r.fieldValue(i));
            if (x == x) correlation.put(c, x);
        }
        correlation.endRow();
        if (++chunkRows == chunkLimit) {
            for (ColumnState c : columns.values()) c.drain();
            chunkRows = 0;
        }
    }

    /**
     * The column state for a field name whose position changed (a field missing from a record
     * shifts the ones after it): a small table keyed by the name's hash, so that such records do
     * not look names up in the column and ignored-name maps field by field.
     */
    private ColumnState byName(String name) {
        int mask = nameSlots.length - 1;
        int s = name.hashCode() & mask;
        for (int probes = 0; probes < 8; probes++, s = (s + 1) & mask) {
            String k = nameSlots[s];
            if (k == null) break;
            if (k == name || k.equals(name)) return nameColumns[s];
        }
        ColumnState c = resolve(name);
        if (nameCount * 2 < nameSlots.length) {
            s = name.hashCode() & mask;
            for (int probes = 0; probes < 8; probes++, s = (s + 1) & mask) {
                if (nameSlots[s] == null) {
                    nameSlots[s] = name;
                    nameColumns[s] = c;
                    nameCount++;
                    break;
                }
            }
        }
        return c;
    }

    /** The column state for a field name, created when new; null when the column is not profiled. */
    private ColumnState resolve(String name) {
        ColumnState c = columns.get(name);
        if (c != null || ignored.contains(name)) return c;
        boolean wanted = options.wants(name);
        if (!wanted || columns.size() >= options.maxColumns()) {
            if (wanted) skip(name);
            if (ignored.size() < SKIPPED_NAMES_TRACKED) ignored.add(name);
            return null;
        }
        c = new ColumnState(name, options, patterns, hints.expectedDistinct(name), hints.sketching(name), hints.nearDistinct(name));
        columns.put(name, c);
        return c;
    }

    /** Folds in the state of the records right after this one's; {@code next} must not be used afterwards. */
    void absorb(DatasetState next) {
        absorbing = true;
        next.absorbing = true;
        flush();
        next.flush();
        rows += next.rows;
        for (ColumnState nc : next.columns.values()) {
            ColumnState c = columns.get(nc.name);
            if (c != null) {
                c.absorb(nc);
            } else if (columns.size() < options.maxColumns()) {
                columns.put(nc.name, nc);
            } else {
                skip(nc.name);
            }
        }
        for (String name : next.skipped) if (!columns.containsKey(name)) skip(name);
        correlation.absorb(next.correlation);
    }

    long rows() {
        return rows;
    }

    Iterable<ColumnState> columns() {
        return columns.values();
    }

    void flush() {
        for (ColumnState c : columns.values()) c.flush();
        correlation.seal();
    }

    private void skip(String name) {
        if (skipped.size() < SKIPPED_NAMES_TRACKED) skipped.add(name);
    }

    DatasetProfile toProfile() {
        flush();
        Map<String, ColumnProfile> profiles = new LinkedHashMap<>();
        List<String> numeric = new ArrayList<>();
        for (ColumnState c : columns.values()) {
            profiles.put(c.name, c.toProfile(rows));
            if (c.isNumeric() && numeric.size() < options.maxCorrelationColumns()) numeric.add(c.name);
        }
        return new DatasetProfile(rows, profiles, skipped.size(), correlation.correlations(numeric), labelBalance());
    }

    private LabelBalance labelBalance() {
        String label = options.labelColumn();
        if (label == null) return null;
        ColumnState c = columns.get(label);
        if (c == null) return LabelBalance.of(label, Map.of());
        ExactCounts counts = c.values().exactCounts();
        if (counts == null) return new LabelBalance(label, null, null);
        Map<String, Long> classes = new LinkedHashMap<>();
        for (Integer i : counts.byCountDescending()) classes.merge(Values.toDisplayString(counts.key(i)), counts.count(i), Long::sum);
        return LabelBalance.of(label, classes);
    }
}
