package ai.refinery.text.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hashed n-gram measures against direct string implementations of datatrove's definitions. */
class NGramsTest {
    private static final long SEED = Long.getLong("refinery.test.seed", 20240611L);

    /** datatrove's find_top_duplicate over " "-joined n-grams, counting only n-grams seen twice or more. */
    static long topReference(List<String> words, int n) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i + n <= words.size(); i++) counts.merge(String.join(" ", words.subList(i, i + n)), 1, Integer::sum);
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= 2 && (best == null || e.getValue() > counts.get(best))) best = e.getKey();
        }
        return best == null ? 0 : (long) best.codePointCount(0, best.length()) * counts.get(best);
    }

    /** datatrove's find_all_duplicate (a separator keeps "ab"+"c" apart from "a"+"bc"). */
    static long duplicatedReference(List<String> words, int n) {
        Set<String> seen = new HashSet<>();
        long repeated = 0;
        int i = 0;
        while (i < words.size() - n + 1) {
            String key = String.join("\u0000", words.subList(i, i + n));
            if (seen.contains(key)) {
                for (String w : words.subList(i, i + n)) repeated += w.codePointCount(0, w.length());
                i += n;
            } else {
                seen.add(key);
                i++;
            }
        }
        return repeated;
    }

    static double repeatedShareReference(List<String> words, int n) {
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        for (int i = 0; i + n <= words.size(); i++, total++) counts.merge(String.join("\u0000", words.subList(i, i + n)), 1, Integer::sum);
        long rep = counts.values().stream().filter(c -> c > 1).mapToLong(Integer::longValue).sum();
        return total == 0 ? 0 : (double) rep / total;
    }

    @Test
    void hashedMeasuresEqualStringReferenceOnRandomTexts() {
        SplittableRandom random = new SplittableRandom(SEED);
        String[] vocab = {"a", "bb", "ccc", "dd", "e", "ffff", "𝒜x", ",", "."};
        for (int trial = 0; trial < 300; trial++) {
            int length = random.nextInt(0, 120);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < length; i++) b.append(vocab[random.nextInt(random.nextBoolean() ? 3 : vocab.length)]).append(' ');
            String text = b.toString();
            Tokens t = Tokens.of(text);
            List<String> words = new ArrayList<>();
            for (int i = 0; i < t.size(); i++) words.add(t.text(i));
            long[] prefix = NGrams.lengthPrefix(t);
            long[] windows = new long[t.size()];
            for (int n = 1; n <= 10; n++) {
                int count = NGrams.windowHashes(t.hashes(), n, windows);
                String where = "seed " + SEED + ", trial " + trial + ", n " + n + ", text '" + text + "'";
                assertThat(NGrams.topNGramChars(windows, count, prefix, n)).as(where).isEqualTo(topReference(words, n));
                assertThat(NGrams.duplicatedNGramChars(windows, count, prefix, n)).as(where).isEqualTo(duplicatedReference(words, n));
                assertThat(NGrams.repeatedOccurrenceShare(windows, count)).as(where).isEqualTo(repeatedShareReference(words, n));
            }
        }
    }

    @Test
    void overlappingRepeatsCountOnce() {
        // A B C D E F A B C D E F with n = 5: the scan finds "A B C D E" again at token 6, adds its 5
        // characters and jumps past it; too few tokens remain for another window.
        Tokens t = Tokens.of("A B C D E F A B C D E F");
        long[] windows = new long[t.size()];
        int count = NGrams.windowHashes(t.hashes(), 5, windows);
        assertThat(NGrams.duplicatedNGramChars(windows, count, NGrams.lengthPrefix(t), 5)).isEqualTo(5);
        // "x x x x x x" with n = 2: windows xx at 0, 1 (seen: +2, jump to 3), 3 (seen: +2, jump to 5) -> 4
        Tokens x = Tokens.of("x x x x x x");
        count = NGrams.windowHashes(x.hashes(), 2, windows);
        assertThat(NGrams.duplicatedNGramChars(windows, count, NGrams.lengthPrefix(x), 2)).isEqualTo(4);
    }

    @Test
    void tiesGoToTheNGramSeenFirst() {
        // "aaa b" and "c d" both occur twice; "aaa b" comes first: (5 chars) x 2
        Tokens t = Tokens.of("aaa b c d aaa b c d");
        long[] windows = new long[t.size()];
        int count = NGrams.windowHashes(t.hashes(), 2, windows);
        assertThat(NGrams.topNGramChars(windows, count, NGrams.lengthPrefix(t), 2)).isEqualTo(10);
    }

    @Test
    void hashTablesAgreeWithJavaCollections() {
        SplittableRandom random = new SplittableRandom(SEED);
        LongSet set = new LongSet();
        HashCounts counts = new HashCounts(4, true);
        Set<Long> refSet = new HashSet<>();
        Map<Long, Integer> refCounts = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            long k = random.nextLong(0, 50_000) * 0x9E3779B97F4A7C15L >>> 3;
            assertThat(set.add(k)).isEqualTo(refSet.add(k));
            assertThat(counts.add(k, i)).isEqualTo(refCounts.merge(k, 1, Integer::sum));
        }
        assertThat(set.size()).isEqualTo(refSet.size());
        assertThat(counts.size()).isEqualTo(refCounts.size());
        assertThat(set.contains(-5 >>> 3)).isEqualTo(refSet.contains(-5L >>> 3));
        int best = counts.mostFrequentSlot(1);
        assertThat(counts.countAt(best)).isEqualTo(refCounts.values().stream().max(Integer::compare).orElseThrow());
    }

    @Test
    void modularArithmeticMatchesBigIntegers() {
        SplittableRandom random = new SplittableRandom(SEED);
        java.math.BigInteger p = java.math.BigInteger.valueOf(Hash61.P);
        for (int i = 0; i < 10_000; i++) {
            long a = random.nextLong(Hash61.P);
            long b = random.nextLong(Hash61.P);
            long expected = java.math.BigInteger.valueOf(a).multiply(java.math.BigInteger.valueOf(b)).mod(p).longValueExact();
            assertThat(Hash61.mul(a, b)).isEqualTo(expected);
        }
        assertThat(Hash61.mul(Hash61.P - 1, Hash61.P - 1)).isEqualTo(1);
        assertThat(Hash61.pow(3)).isEqualTo(Hash61.mul(Hash61.BASE, Hash61.mul(Hash61.BASE, Hash61.BASE)));
    }
}
