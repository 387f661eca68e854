package ai.refinery.text.dedup;

import ai.refinery.text.dedup.minhash.CandidatePair;
import ai.refinery.text.dedup.minhash.ClusterSettings;
import ai.refinery.text.dedup.minhash.ContainmentPair;
import ai.refinery.text.dedup.minhash.ContainmentSearch;
import ai.refinery.text.dedup.minhash.KeepRule;
import ai.refinery.text.dedup.minhash.LshClusterer;
import ai.refinery.text.dedup.minhash.LshParameters;
import ai.refinery.text.dedup.minhash.NearDuplicateClusters;
import ai.refinery.text.dedup.minhash.SignatureStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

/**
 * What {@link MinHashDedup} decides once its fitting pass has every signature: clusters (or
 * containment pairs), which records go, the files that say so, the index to save and the summary
 * for run.json and {@code clusters.json}. Documents of an earlier index come first (numbers
 * {@code 0..offset-1}) and always stay: they are another dataset's.
 */
final class NearDuplicateDecision {
    static final String DROPPED_FILE = "dropped.bin";
    static final String DROPPED_BY_INDEX_FILE = "dropped-by-index.bin";
    static final String CLUSTERS_FILE = "clusters.json";
    private static final int EXAMPLES = 10;

    private final MinHashDedup.Config config;
    private final MinHashFitter fitted;
    private final Path workDir;

    NearDuplicateDecision(MinHashDedup.Config config, MinHashFitter fitted, Path workDir) {
        this.config = config;
        this.fitted = fitted;
        this.workDir = workDir.toAbsolutePath();
    }

    MinHashDedup.Config decide() throws IOException {
        requireUniqueIds();
        DedupIndex earlier = config.index() == null ? null : readIndex();
        int offset = earlier == null ? 0 : earlier.store().size();
        SignatureStore store = fitted.store;
        if (earlier != null) {
            store = new SignatureStore(config.numPerm());
            for (int d = 0; d < offset; d++) DedupIndex.copy(earlier.store(), d, store);
            for (int d = 0; d < fitted.count(); d++) DedupIndex.copy(fitted.store, d, store);
        }
        boolean[] drop = new boolean[fitted.count()];
        boolean[] dropByIndex = new boolean[fitted.count()];
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("mode", config.mode().name().toLowerCase());
        summary.put("documents", fitted.count());
        if (config.mode() == MinHashDedup.Mode.CONTAINMENT) {
            containment(store, drop, summary);
        } else {
            clusters(store, offset, drop, dropByIndex, summary);
        }
        Files.createDirectories(workDir);
        Path droppedFile = workDir.resolve(DROPPED_FILE);
        String droppedSha = LongSetFile.write(droppedFile, MinHashDedup.DROPPED_KIND, idHashes(drop));
        String byIndexPath = null;
        String byIndexSha = null;
        if (earlier != null) {
            Path f = workDir.resolve(DROPPED_BY_INDEX_FILE);
            byIndexSha = LongSetFile.write(f, MinHashDedup.DROPPED_KIND, idHashes(dropByIndex));
            byIndexPath = f.toString();
        }
        if (config.saveIndex() != null) saveIndex(store, offset, drop, dropByIndex, summary);
        Path clusters = workDir.resolve(CLUSTERS_FILE);
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(clusters.toFile(), summary);
        Map<String, Object> brief = new LinkedHashMap<>(summary);
        brief.remove("examples");
        brief.put("clusters_file", clusters.toString());
        return config.withDecisions(droppedFile.toString(), droppedSha, byIndexPath, byIndexSha, brief);
    }

    private void clusters(SignatureStore store, int offset, boolean[] drop, boolean[] dropByIndex, Map<String, Object> summary) {
        LshParameters lsh = config.lsh();
        ClusterSettings settings = new ClusterSettings(lsh, config.threshold(), config.verify(), config.window(), EXAMPLES);
        NearDuplicateClusters c = new LshClusterer(settings).cluster(store, config.verify().needsShingles() ? fitted::shingleSet : null,
                keepRule(offset), null);
        int total = store.size();
        int[] keptOf = new int[total];
        Arrays.fill(keptOf, -1);
        for (int d = 0; d < total; d++) if (c.isKept(d)) keptOf[c.clusterId(d)] = d;
        for (int d = offset; d < total; d++) {
            if (c.isKept(d)) continue;
            int keeper = keptOf[c.clusterId(d)];
            if (keeper >= 0 && keeper < offset) dropByIndex[d - offset] = true;
            else drop[d - offset] = true;
        }
        summary.put("banding", lsh.bands() + " bands × " + lsh.rows() + " rows");
        summary.put("threshold", config.threshold());
        summary.put("verify", config.verify().name().toLowerCase());
        summary.put("keep", config.keep().name().toLowerCase());
        if (offset > 0) summary.put("index_documents", offset);
        summary.put("candidate_pairs", c.candidatePairs());
        summary.put("verified_pairs", c.verifiedPairs());
        summary.put("joined_pairs", c.joinedPairs());
        summary.put("duplicate_clusters", c.duplicateClusterCount());
        summary.put("dropped", count(drop));
        if (offset > 0) summary.put("dropped_by_index", count(dropByIndex));
        Map<String, Integer> sizes = new LinkedHashMap<>();
        c.sizeHistogram().forEach((size, n) -> sizes.put(String.valueOf(size), n));
        summary.put("cluster_sizes", sizes);
        List<Map<String, Object>> examples = new ArrayList<>();
        for (CandidatePair p : c.examples()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("kept_or_first", name(p.first(), offset));
            e.put("second", name(p.second(), offset));
            e.put("estimated_jaccard", p.estimatedJaccard());
            if (!Double.isNaN(p.exactJaccard())) e.put("exact_jaccard", p.exactJaccard());
            examples.add(e);
        }
        summary.put("examples", examples);
    }

    private void containment(SignatureStore store, boolean[] drop, Map<String, Object> summary) {
        ContainmentSearch search = new ContainmentSearch(ContainmentSearch.Settings.of(config.threshold()).withVerification(config.verify()));
        List<ContainmentPair> pairs = search.find(store, fitted.sizes(), config.verify().needsShingles() ? fitted::shingleSet : null,
                d -> true, d -> true);
        Set<Long> found = new HashSet<>();
        for (ContainmentPair p : pairs) found.add((long) p.contained() << 32 | p.container());
        List<Map<String, Object>> examples = new ArrayList<>();
        for (ContainmentPair p : pairs) {
            boolean mutual = found.contains((long) p.container() << 32 | p.contained());
            // of two documents contained in each other, the earlier stays
            if (mutual && p.contained() < p.container()) continue;
            drop[p.contained()] = true;
            if (examples.size() < EXAMPLES) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("contained", fitted.name(p.contained()));
                e.put("container", fitted.name(p.container()));
                e.put("estimated_containment", p.estimatedContainment());
                if (!Double.isNaN(p.exactContainment())) e.put("exact_containment", p.exactContainment());
                examples.add(e);
            }
        }
        summary.put("threshold", config.threshold());
        summary.put("verify", config.verify().name().toLowerCase());
        summary.put("pairs", pairs.size());
        summary.put("dropped", count(drop));
        summary.put("examples", examples);
    }

    /** The keep rule; with an index, its documents always win their cluster. */
    private KeepRule keepRule(int offset) {
        IntToDoubleFunction rank = switch (config.keep()) {
            case FIRST -> d -> 0;
            case LONGEST -> d -> fitted.length(d - offset);
            case HIGHEST -> d -> {
                double s = fitted.score(d - offset);
                return Double.isNaN(s) ? Double.NEGATIVE_INFINITY : s;
            };
        };
        if (offset == 0) {
            return switch (config.keep()) {
                case FIRST -> KeepRule.first();
                case LONGEST -> KeepRule.longest(d -> fitted.length(d));
                case HIGHEST -> KeepRule.highest(rank);
            };
        }
        return KeepRule.highest(d -> d < offset ? Double.POSITIVE_INFINITY : rank.applyAsDouble(d));
    }

    private DedupIndex readIndex() throws IOException {
        DedupIndex earlier = DedupIndex.read(Path.of(config.index()));
        String difference = config.signing().difference(earlier.settings());
        if (difference != null) {
            throw new IOException("the index " + config.index() + " was made with other settings (" + difference + "); signatures would not compare");
        }
        return earlier;
    }

    private void saveIndex(SignatureStore store, int offset, boolean[] drop, boolean[] dropByIndex, Map<String, Object> summary) throws IOException {
        SignatureStore kept = new SignatureStore(config.numPerm());
        for (int d = 0; d < offset; d++) DedupIndex.copy(store, d, kept);
        for (int d = 0; d < fitted.count(); d++) if (!drop[d] && !dropByIndex[d]) DedupIndex.copy(store, offset + d, kept);
        new DedupIndex(config.signing(), kept).write(Path.of(config.saveIndex()));
        summary.put("saved_index", Path.of(config.saveIndex()).toAbsolutePath().toString());
        summary.put("saved_index_documents", kept.size());
    }

    private void requireUniqueIds() {
        long[] ids = new long[fitted.count()];
        for (int d = 0; d < ids.length; d++) ids[d] = fitted.idHash(d);
        Arrays.sort(ids);
        for (int i = 1; i < ids.length; i++) {
            if (ids[i] == ids[i - 1]) {
                List<Integer> docs = new ArrayList<>();
                for (int d = 0; d < fitted.count() && docs.size() < 2; d++) if (fitted.idHash(d) == ids[i]) docs.add(d);
                throw new IllegalStateException("minhash_dedup needs a distinct id per record, but records " + (docs.get(0) + 1) + " and "
                        + (docs.get(1) + 1) + " reaching it share the id '" + fitted.name(docs.get(0)) + "'; ids come from input.id_field "
                        + "when it is set (else file:line), so that field repeats, or a step before this one emits records with the same id");
            }
        }
    }

    private long[] idHashes(boolean[] marked) {
        long[] out = new long[count(marked)];
        int n = 0;
        for (int d = 0; d < marked.length; d++) if (marked[d]) out[n++] = fitted.idHash(d);
        Arrays.sort(out);
        return out;
    }

    private String name(int doc, int offset) {
        return doc < offset ? "index document " + doc : fitted.name(doc - offset);
    }

    private static int count(boolean[] marked) {
        int n = 0;
        for (boolean b : marked) if (b) n++;
        return n;
    }
}
