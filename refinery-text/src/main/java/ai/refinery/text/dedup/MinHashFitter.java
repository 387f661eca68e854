package ai.refinery.text.dedup;

import ai.refinery.core.record.Record;
import ai.refinery.core.tap.RecordTap;
import ai.refinery.core.util.Hashing;
import ai.refinery.text.dedup.minhash.MinHasher;
import ai.refinery.text.dedup.minhash.Shingles;
import ai.refinery.text.dedup.minhash.SignatureStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The fitting pass of {@link MinHashDedup}: every record reaching the step gets its shingles and
 * MinHash signature computed in its batch's partial (in parallel), and the partials are appended
 * in input order to one compact {@link SignatureStore}, with each record's id hash, length and
 * score. Shingle sets are kept only when a verification needs them.
 */
final class MinHashFitter implements RecordTap<MinHashFitter.Partial> {
    private final String field;
    private final Supplier<Shingles> shingles;
    private final MinHasher hasher;
    private final ScoreReader score;
    private final boolean keepShingles;
    final SignatureStore store;
    private long[] ids = new long[1024];
    private int[] lengths = new int[1024];
    private int[] sizes = new int[1024];
    private double[] scores;
    private final List<long[]> shingleSets;
    /** Record ids as text, for the examples of a report, kept for the first {@link #NAMED} records only (memory). */
    private final List<String> names = new ArrayList<>();
    static final int NAMED = 1_000_000;
    private int count;

    /** @param score reads the keep rule's score of a record, null when the rule needs none */
    MinHashFitter(String field, Supplier<Shingles> shingles, MinHasher hasher, ScoreReader score, boolean keepShingles) {
        this.field = field;
        this.shingles = shingles;
        this.hasher = hasher;
        this.score = score;
        this.keepShingles = keepShingles;
        this.store = new SignatureStore(hasher.numPerm());
        this.scores = score == null ? null : new double[1024];
        this.shingleSets = keepShingles ? new ArrayList<>() : null;
    }

    /** A record's number for the {@code highest} keep rule; NaN when it has none. */
    interface ScoreReader extends java.io.Serializable {
        double score(Record r);
    }

    @Override
    public Partial newPartial() {
        return new Partial();
    }

    @Override
    public synchronized void merge(Partial p) {
        for (int i = 0; i < p.n; i++) {
            if (count == ids.length) grow();
            store.add(p.signatures.get(i));
            ids[count] = p.ids[i];
            lengths[count] = p.lengths[i];
            sizes[count] = p.sizes[i];
            if (scores != null) scores[count] = p.scores[i];
            if (shingleSets != null) shingleSets.add(p.shingleSets.get(i));
            if (count < NAMED) names.add(p.names.get(i));
            count++;
        }
    }

    private void grow() {
        int n = ids.length * 2;
        ids = Arrays.copyOf(ids, n);
        lengths = Arrays.copyOf(lengths, n);
        sizes = Arrays.copyOf(sizes, n);
        if (scores != null) scores = Arrays.copyOf(scores, n);
    }

    int count() { return count; }

    long idHash(int doc) { return ids[doc]; }

    /** The record id of {@code doc}, or {@code #<position>} past the first {@link #NAMED}. */
    String name(int doc) { return doc < names.size() ? names.get(doc) : "#" + doc; }

    int length(int doc) { return lengths[doc]; }

    int[] sizes() { return Arrays.copyOf(sizes, count); }

    double score(int doc) { return scores == null ? Double.NaN : scores[doc]; }

    long[] shingleSet(int doc) { return shingleSets == null ? null : shingleSets.get(doc); }

    /** The 64-bit key of a record id, as the operator looks it up in the run. */
    static long idHash(String id) {
        long h = Hashing.murmur3x64_128(id, 0x6d696e68617368L).low();
        return h;
    }

    final class Partial implements RecordTap.Partial {
        private final Shingles shingler = shingles.get();
        private final List<long[]> signatures = new ArrayList<>();
        private final List<long[]> shingleSets = keepShingles ? new ArrayList<>() : null;
        private final List<String> names = new ArrayList<>();
        private long[] ids = new long[256];
        private int[] lengths = new int[256];
        private int[] sizes = new int[256];
        private double[] scores = score == null ? null : new double[256];
        private int n;

        @Override
        public void accept(Record r) {
            Object v = r.get(field);
            String text = v instanceof String s ? s : "";
            long[] set = shingler.of(text);
            if (n == ids.length) {
                ids = Arrays.copyOf(ids, n * 2);
                lengths = Arrays.copyOf(lengths, n * 2);
                sizes = Arrays.copyOf(sizes, n * 2);
                if (scores != null) scores = Arrays.copyOf(scores, n * 2);
            }
            ids[n] = idHash(r.id());
            names.add(r.id());
            lengths[n] = text.length();
            sizes[n] = set.length;
            if (scores != null) scores[n] = score.score(r);
            signatures.add(hasher.signature(set));
            if (shingleSets != null) shingleSets.add(set);
            n++;
        }
    }
}
