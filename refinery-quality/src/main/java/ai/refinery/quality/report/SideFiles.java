package ai.refinery.quality.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads example records from the {@code .jsonl} files of a side-file directory (and its step subdirectories), in shard order,
 * keeping the first few per key. It stops as soon as every expected key is full, and in any case
 * after a budget of lines, so the time and memory spent never grow with the size of the run.
 */
final class SideFiles {
    private SideFiles() {}

    /** Lines longer than this are skipped unparsed (a sample that large would be cut to a few hundred chars anyway). */
    static final int MAX_LINE_CHARS = 1 << 20;
    /** Groups kept at most: a reason per field name could otherwise make thousands. */
    static final int MAX_KEYS = 500;

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param wanted how many samples each known key can yield at most (fewer when the run dropped fewer);
     *               reading stops once all are met. Empty: read until the budget or the end.
     */
    static Samples read(Path dir, Function<JsonNode, Samples.Key> keyOf, int perKey, Map<Samples.Key, Integer> wanted,
                        int maxLines) throws IOException {
        Samples out = new Samples();
        if (!Files.isDirectory(dir)) return out;
        List<Path> files;
        // part-N.jsonl per shard, or (dropped samples of a finished run) <step>/<reason>.jsonl
        try (Stream<Path> s = Files.walk(dir, 2)) {
            files = s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jsonl") && !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
        StringBuilder line = new StringBuilder(4096);
        for (Path f : files) {
            if (full(out, wanted)) return out;
            out.files++;
            // InputStreamReader replaces malformed UTF-8 instead of failing: a damaged shard still shows
            try (LineReader r = new LineReader(new InputStreamReader(Files.newInputStream(f), StandardCharsets.UTF_8))) {
                while (true) {
                    if (out.linesRead >= maxLines) {
                        out.budgetExhausted = !full(out, wanted);
                        return out;
                    }
                    int len = r.next(line);
                    if (len < 0) break;
                    out.linesRead++;
                    if (len > MAX_LINE_CHARS) {
                        out.oversizedLines++;
                        continue;
                    }
                    if (line.length() == 0) continue;
                    accept(out, line, keyOf, perKey);
                    if (full(out, wanted)) return out;
                }
            }
        }
        return out;
    }

    private static void accept(Samples out, CharSequence line, Function<JsonNode, Samples.Key> keyOf, int perKey) {
        JsonNode node;
        try {
            node = JSON.readTree(line.toString());
        } catch (IOException e) {
            out.unreadableLines++;
            return;
        }
        if (node == null || !node.isObject()) {
            out.unreadableLines++;
            return;
        }
        Samples.Key k = keyOf.apply(node);
        if (out.size(k) >= perKey) return;
        if (!out.hasKey(k) && out.keyCount() >= MAX_KEYS) return;
        out.add(k, node);
    }

    private static boolean full(Samples s, Map<Samples.Key, Integer> wanted) {
        if (wanted.isEmpty()) return false;
        for (Map.Entry<Samples.Key, Integer> e : wanted.entrySet()) {
            if (s.size(e.getKey()) < e.getValue()) return false;
        }
        return true;
    }

    /** Lines of a reader, each kept only up to {@link #MAX_LINE_CHARS} + 1 chars. */
    static final class LineReader implements AutoCloseable {
        private final Reader in;
        private final char[] buf = new char[1 << 16];
        private int pos;
        private int end;

        LineReader(Reader in) {
            this.in = in;
        }

        /** Reads the next line into {@code line} (cleared first); returns its full length, or -1 at the end. */
        int next(StringBuilder line) throws IOException {
            line.setLength(0);
            int len = 0;
            boolean any = false;
            while (true) {
                if (pos == end) {
                    end = in.read(buf, 0, buf.length);
                    pos = 0;
                    if (end <= 0) {
                        end = 0;
                        return any ? len : -1;
                    }
                }
                any = true;
                int start = pos;
                while (pos < end && buf[pos] != '\n') pos++;
                int n = pos - start;
                int keep = Math.min(n, MAX_LINE_CHARS + 1 - line.length());
                if (keep > 0) line.append(buf, start, keep);
                len += n;
                if (pos < end) {
                    pos++; // the newline
                    return len;
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
