package ai.refinery.text.dedup;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.FitContext;
import ai.refinery.core.op.Fitting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordFilter;
import ai.refinery.core.record.Record;
import ai.refinery.core.tap.RecordTap;
import ai.refinery.text.dedup.minhash.LshParameters;
import ai.refinery.text.dedup.minhash.MinHasher;
import ai.refinery.text.dedup.minhash.Shingles;
import ai.refinery.text.dedup.minhash.SignatureStore;
import ai.refinery.text.dedup.minhash.Verification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Near-duplicate removal with MinHash-LSH, as datatrove's and NeMo Curator's fuzzy dedup do it:
 * each document's word n-gram shingles ({@code ngram}, default 5, of text normalized as datatrove's
 * {@code simplify_text}) get a MinHash signature of {@code num_perm} permutations
 * {@code (a·x + b) mod (2^61 − 1)}; documents sharing a band of the signature are candidates,
 * confirmed by their estimated (or exact) Jaccard similarity, joined into clusters by union-find,
 * and each cluster keeps one document by a deterministic rule (the first in input order, the
 * longest, or the highest score) while the others are dropped with reason {@code near_duplicate}.
 * The bands × rows come from the threshold by minimizing false positives + false negatives,
 * unless given (datatrove's 14 × 8: {@code bands: 14, rows: 8}).
 *
 * <p>Clustering needs every signature, so the step is fitted: a first pass computes the signatures
 * (in parallel, kept compactly: 224 bytes a document at the defaults) and decides; the decisions
 * (the ids of the records to drop) go to a file beside the output whose path and SHA-256 are the
 * step's fitted settings, with a summary of the clusters (also in run.json) and
 * {@code clusters.json}; the run then drops exactly those records.
 *
 * <p>{@code index} names a near-duplicate index written by an earlier run's {@code save_index}:
 * records near-duplicate of an indexed document are dropped with reason {@code near_duplicate:index},
 * whatever the keep rule. {@code save_index} writes the index of this run's kept documents (and the
 * earlier index's), so datasets can be deduplicated against each other over time.
 *
 * <p>{@code mode: containment} finds instead documents whose shingles are largely contained in
 * another document's ({@code |A ∩ B| / |A| ≥ threshold}, LSH Ensemble), which Jaccard misses when
 * a short text is copied out of a long one; the contained document is dropped with reason
 * {@code contained} (of two documents contained in each other, the later).
 */
public final class MinHashDedup implements RecordFilter {
    private static final long serialVersionUID = 1L;
    static final String DROPPED_KIND = "near-duplicate-ids";
    public static final String NEAR_DUPLICATE = "near_duplicate";
    public static final String NEAR_DUPLICATE_OF_INDEX = "near_duplicate:index";
    public static final String CONTAINED = "contained";
    /** Weights of the banding optimizer when candidates are verified (see {@link Config#lsh}). */
    static final double FALSE_POSITIVE_WEIGHT = 0.1;
    static final double FALSE_NEGATIVE_WEIGHT = 0.9;

    private final long[] dropped;
    private final long[] droppedByIndex;
    private final String reason;

    MinHashDedup(long[] dropped, long[] droppedByIndex, String reason) {
        this.dropped = dropped;
        this.droppedByIndex = droppedByIndex;
        this.reason = reason;
    }

    public enum Mode { JACCARD, CONTAINMENT }

    public enum Keep { FIRST, LONGEST, HIGHEST }

    public enum ShingleKind { WORDS, CHARACTERS }

    public record Config(
            @Setting(value = "Text field to compare.", defaultValue = "text") String field,
            @Setting(value = "Similarity from which two documents are near-duplicates: Jaccard of their shingle sets (or containment in mode: containment).",
                    defaultValue = "0.8") double threshold,
            @Setting(value = "jaccard (near-duplicates) or containment (a document largely copied into another).", defaultValue = "jaccard")
            Mode mode,
            @Setting(value = "Shingle size: words (or characters with shingle: characters).", defaultValue = "5") int ngram,
            @Setting(value = "words, or characters for short strings such as names and addresses.", defaultValue = "words") ShingleKind shingle,
            @Setting(value = "MinHash permutations in a signature.", defaultValue = "112") int numPerm,
            @Setting(value = "LSH bands (with rows); default: chosen from the threshold.", optional = true) Integer bands,
            @Setting(value = "LSH rows per band (with bands).", optional = true) Integer rows,
            @Setting(value = "Seed of the permutations (runs compared through an index must share it).", defaultValue = "1") long seed,
            @Setting(value = "Which document of a cluster stays: first (input order), longest, or highest (score_field).", defaultValue = "first")
            Keep keep,
            @Setting(value = "With keep: highest, the numeric field (or meta.<key>) whose highest value stays.", optional = true) String scoreField,
            @Setting(value = "How candidate pairs are confirmed: none, estimated (Jaccard from signatures), exact (shingle sets, more memory) or estimated_then_exact.",
                    defaultValue = "estimated") Verification verify,
            @Setting(value = "A document of an LSH bucket is compared with at most this many before it.", defaultValue = "64") int window,
            @Setting(value = "Near-duplicate index of an earlier run (its save_index) to deduplicate against.", optional = true) String index,
            @Setting(value = "Directory to write the near-duplicate index of the kept documents to (with those of index).", optional = true)
            String saveIndex,
            @Setting(value = "Ids of the records to drop (filled in when the step is fitted).", optional = true) String dropped,
            @Setting(value = "SHA-256 of dropped (filled in).", optional = true) String droppedSha256,
            @Setting(value = "Ids of the records near-duplicate of the index (filled in).", optional = true) String droppedByIndex,
            @Setting(value = "SHA-256 of dropped_by_index (filled in).", optional = true) String droppedByIndexSha256,
            @Setting(value = "What the fitting found: banding, clusters, pairs, examples (filled in).", optional = true) Map<String, Object> summary) {
        public Config {
            if (field == null || field.isBlank()) throw new IllegalArgumentException("'field' must name the text field, e.g. field: text");
            if (!(threshold > 0 && threshold <= 1)) throw new IllegalArgumentException("'threshold' must be in (0, 1], not " + threshold);
            if (ngram < 1 || ngram > 64) throw new IllegalArgumentException("'ngram' must be 1..64, not " + ngram);
            if (numPerm < 1 || numPerm > 4096) throw new IllegalArgumentException("'num_perm' must be 1..4096, not " + numPerm);
            if ((bands == null) != (rows == null)) throw new IllegalArgumentException("'bands' and 'rows' go together, e.g. bands: 14, rows: 8");
            if (bands != null && (bands < 1 || rows < 1 || (long) bands * rows > numPerm)) {
                throw new IllegalArgumentException("bands × rows must be at least 1 and at most num_perm " + numPerm + ", not " + bands + " × " + rows);
            }
            if (window < 1) throw new IllegalArgumentException("'window' must be at least 1, not " + window);
            if (keep == Keep.HIGHEST && (scoreField == null || scoreField.isBlank())) {
                throw new IllegalArgumentException("keep: highest needs score_field, the number to rank a cluster's documents by");
            }
            if (keep != Keep.HIGHEST && scoreField != null) throw new IllegalArgumentException("'score_field' is used only with keep: highest");
            if (index != null && verify.needsShingles()) {
                throw new IllegalArgumentException("verify: " + verify.name().toLowerCase() + " needs shingle sets, which an index does not keep; use verify: estimated with an index");
            }
            if (mode == Mode.CONTAINMENT && (index != null || saveIndex != null)) {
                throw new IllegalArgumentException("mode: containment does not use an index (index and save_index are for mode: jaccard)");
            }
            if ((dropped == null) != (droppedSha256 == null) || (droppedByIndex == null) != (droppedByIndexSha256 == null)) {
                throw new IllegalArgumentException("'dropped' and 'dropped_sha256' (and the _by_index pair) go together; they come from a fitted run's run.json");
            }
            summary = summary == null ? null : Map.copyOf(summary);
        }

        /**
         * The banding used: explicit, or optimal for the threshold. When candidates are verified a
         * false positive costs only a comparison, so the optimizer weighs false negatives 9 to 1
         * (on SpamAssassin at 0.8 that lifts pair recall from 0.83 to 0.97 with exact checks).
         */
        LshParameters lsh() {
            if (bands != null) return new LshParameters(bands, rows);
            return verify == Verification.NONE ? LshParameters.optimal(threshold, numPerm)
                    : LshParameters.optimal(threshold, numPerm, FALSE_POSITIVE_WEIGHT, FALSE_NEGATIVE_WEIGHT);
        }

        DedupIndex.Signing signing() {
            return new DedupIndex.Signing(shingle.name().toLowerCase(), ngram, numPerm, seed, SignatureStore.DEFAULT_BITS);
        }

        Shingles newShingles() {
            return shingle == ShingleKind.WORDS ? Shingles.words(ngram) : Shingles.characters(ngram);
        }

        Config withDecisions(String droppedPath, String droppedSha, String byIndexPath, String byIndexSha, Map<String, Object> found) {
            return new Config(field, threshold, mode, ngram, shingle, numPerm, bands, rows, seed, keep, scoreField, verify, window, index,
                    saveIndex, droppedPath, droppedSha, byIndexPath, byIndexSha, found);
        }
    }

    public static final class Provider extends OperatorProvider<Config> implements Fitting<Config> {
        public Provider() {
            super("minhash_dedup", "Drops near-duplicate documents (MinHash-LSH, clustered, one kept per cluster); learns in a first pass.", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            if (config.dropped() == null) throw new IllegalStateException("minhash_dedup has not been fitted: it is fitted when the recipe runs");
            try {
                long[] dropped = LongSetFile.read(Path.of(config.dropped()), DROPPED_KIND, config.droppedSha256());
                long[] byIndex = config.droppedByIndex() == null ? new long[0]
                        : LongSetFile.read(Path.of(config.droppedByIndex()), DROPPED_KIND, config.droppedByIndexSha256());
                return new MinHashDedup(dropped, byIndex, config.mode() == Mode.CONTAINMENT ? CONTAINED : NEAR_DUPLICATE);
            } catch (IOException e) {
                throw new UncheckedIOException("minhash_dedup cannot read its decisions: " + e.getMessage(), e);
            }
        }

        @Override
        public boolean needsFit(Config config) {
            return config.dropped() == null;
        }

        @Override
        public RecordTap<?> fitter(Config config) {
            MinHasher hasher = new MinHasher(config.numPerm(), config.seed());
            MinHashFitter.ScoreReader score = config.keep() == Keep.HIGHEST ? scoreReader(config.scoreField()) : null;
            return new MinHashFitter(config.field(), config::newShingles, hasher, score, config.verify().needsShingles());
        }

        @Override
        public Config fitted(Config config, RecordTap<?> fitter) {
            throw new IllegalStateException("minhash_dedup writes its decisions to a file, so it is fitted with a work directory");
        }

        @Override
        public Config fitted(Config config, RecordTap<?> fitter, FitContext context) {
            try {
                return new NearDuplicateDecision(config, (MinHashFitter) fitter, context.workDir()).decide();
            } catch (IOException e) {
                throw new UncheckedIOException("minhash_dedup cannot write its decisions under " + context.workDir() + ": " + e.getMessage(), e);
            }
        }
    }

    /** Reads a number from a field or {@code meta.<key>}; NaN when absent or not a number. */
    static MinHashFitter.ScoreReader scoreReader(String name) {
        if (name.startsWith("meta.")) {
            String key = name.substring("meta.".length());
            return r -> r.meta(key) instanceof Number n ? n.doubleValue() : Double.NaN;
        }
        return r -> r.get(name) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    @Override
    public String dropReason(Record record) {
        long h = MinHashFitter.idHash(record.id());
        if (droppedByIndex.length > 0 && LongSetFile.contains(droppedByIndex, h)) return NEAR_DUPLICATE_OF_INDEX;
        if (LongSetFile.contains(dropped, h)) return reason;
        return KEEP;
    }
}
