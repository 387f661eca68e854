package ai.refinery.text.dedup.minhash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Containment search on the short-answer plagiarism corpus (Clough and Stevenson, 2011: 95 answers
 * to 5 questions graded cut / light / heavy / non against a Wikipedia source text): word 3-gram
 * shingles, containment of each answer in the sources. Targets: recall ≥ 0.9 of cut + light answers
 * in their own source, and no {@code non} answer found in any source. Exact 3-gram containment
 * ≥ 0.2 holds for 17/19 cut, 18/19 light and 0/38 non answers; the threshold here is 0.15, in the gap
 * between the highest {@code non} (0.086) and the lowest such copied answer (0.208).
 */
class PlagiarismContainmentEvaluationTest {

    private static final Path DIR = Paths.get(System.getProperty("refinery.plagiarism.dir", "/work/shared/datasets/neardup/plagiarism"));
    private static final double THRESHOLD = 0.15;
    private static final long SEED = 42;

    record Answer(String file, String task, String category) {
    }

    @Test
    void findsCutAndLightAnswersInTheirSourceAndNoOriginalAnswer() throws IOException {
        assumeTrue(Files.isRegularFile(DIR.resolve("file_information.csv")),
                "plagiarism corpus not found: expected " + DIR + "/file_information.csv (set -Drefinery.plagiarism.dir)");
        List<Answer> answers = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("file_information.csv"), StandardCharsets.UTF_8).subList(1, 96)) {
            String[] f = line.split(",");
            answers.add(new Answer(f[0], f[1], f[2].trim()));
        }
        String tasks = "abcde";
        Shingles shingles = Shingles.words(3);
        for (int numPerm : new int[] {256, 512}) {
            MinHasher hasher = new MinHasher(numPerm, SEED);
            SignatureStore store = new SignatureStore(numPerm);
            List<long[]> sets = new ArrayList<>();
            for (Answer a : answers) {
                add(store, sets, shingles, hasher, DIR.resolve(a.file()));
            }
            for (char t : tasks.toCharArray()) {
                add(store, sets, shingles, hasher, DIR.resolve("orig_task" + t + ".txt"));
            }
            int[] sizes = sets.stream().mapToInt(s -> s.length).toArray();
            int n = answers.size();
            for (Verification v : new Verification[] {Verification.ESTIMATED, Verification.EXACT}) {
                List<ContainmentPair> pairs = new ContainmentSearch(ContainmentSearch.Settings.of(THRESHOLD).withVerification(v))
                        .find(store, sizes, sets::get, d -> d < n, d -> d >= n);
                Set<Integer> inOwnSource = new HashSet<>();
                Set<Integer> inAnySource = new HashSet<>();
                for (ContainmentPair p : pairs) {
                    inAnySource.add(p.contained());
                    if (answers.get(p.contained()).task().charAt(0) == tasks.charAt(p.container() - n)) {
                        inOwnSource.add(p.contained());
                    }
                }
                int copied = 0;
                int copiedFound = 0;
                int nonFound = 0;
                int heavyFound = 0;
                for (int d = 0; d < n; d++) {
                    String category = answers.get(d).category();
                    if (category.equals("cut") || category.equals("light")) {
                        copied++;
                        copiedFound += inOwnSource.contains(d) ? 1 : 0;
                    } else if (category.equals("non")) {
                        nonFound += inAnySource.contains(d) ? 1 : 0;
                    } else {
                        heavyFound += inOwnSource.contains(d) ? 1 : 0;
                    }
                }
                double recall = (double) copiedFound / copied;
                System.out.printf("plagiarism containment >= %.2f, num_perm %d, %s: cut+light recall %d/%d = %.3f, non flagged %d/38, "
                        + "heavy found %d/19, pairs %d%n", THRESHOLD, numPerm, v, copiedFound, copied, recall, nonFound, heavyFound, pairs.size());
                assertThat(recall).as("seed %d num_perm %d %s", SEED, numPerm, v).isGreaterThanOrEqualTo(0.9);
                assertThat(nonFound).as("seed %d num_perm %d %s", SEED, numPerm, v).isZero();
            }
        }
    }

    private static void add(SignatureStore store, List<long[]> sets, Shingles shingles, MinHasher hasher, Path file) throws IOException {
        // the files are mostly UTF-8 with a few Latin-1 ones: decode leniently
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        long[] set = shingles.of(text);
        sets.add(set);
        store.add(hasher.signature(set));
    }
}
