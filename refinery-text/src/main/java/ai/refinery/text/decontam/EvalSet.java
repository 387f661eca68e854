package ai.refinery.text.decontam;

import ai.refinery.core.util.Sha256;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The n-grams of an evaluation set, hashed into a {@link LongHashSet}, with the set's SHA-256.
 *
 * <p>Sources: a {@code .jsonl} file (each line a JSON object whose {@code eval_field} text is one
 * document), any other file (plain UTF-8 text, one document per line), or a directory (each
 * {@code .txt} file in it or below, in path order, is one document). The SHA-256 is the file's when
 * there is one file, else that of a manifest of {@code <sha256>  <path>} lines, one per file read.
 */
final class EvalSet {
    private static final ObjectMapper JSON = new ObjectMapper();

    enum Layout { JSONL, LINES, WHOLE_FILE }

    record EvalFile(Path path, Layout layout) {}

    final LongHashSet ngrams;
    final int documents;
    final int tooShort;
    final String sha256;

    private EvalSet(LongHashSet ngrams, int documents, int tooShort, String sha256) {
        this.ngrams = ngrams;
        this.documents = documents;
        this.tooShort = tooShort;
        this.sha256 = sha256;
    }

    /**
     * The files {@code paths} name, in reading order.
     *
     * @throws IllegalArgumentException when a path does not exist, is not readable, or a directory holds no .txt file
     */
    static List<EvalFile> files(List<String> paths) {
        List<EvalFile> out = new ArrayList<>();
        for (String p : paths) {
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                List<Path> txt;
                try (Stream<Path> s = Files.walk(path)) {
                    txt = s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                            .sorted().toList();
                } catch (IOException | RuntimeException e) {
                    throw new IllegalArgumentException("eval set directory '" + p + "' cannot be listed: " + e.getMessage(), e);
                }
                if (txt.isEmpty()) throw new IllegalArgumentException("eval set directory '" + p + "' holds no .txt file");
                for (Path f : txt) out.add(new EvalFile(f, Layout.WHOLE_FILE));
            } else if (Files.isRegularFile(path)) {
                if (!Files.isReadable(path)) throw new IllegalArgumentException("eval set file '" + p + "' is not readable");
                boolean jsonl = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
                out.add(new EvalFile(path, jsonl ? Layout.JSONL : Layout.LINES));
            } else {
                throw new IllegalArgumentException("eval set '" + p + "' does not exist (looked for " + path.toAbsolutePath() + ")");
            }
        }
        return out;
    }

    /**
     * Reads and hashes the files.
     *
     * @throws IllegalArgumentException when a file cannot be read or parsed, or no document has {@code minWords} words
     */
    static EvalSet load(List<EvalFile> files, String evalField, WordNgrams grams, int minWords) {
        LongHashSet set = new LongHashSet(1 << 12);
        int[] counts = new int[2]; // documents indexed, documents too short
        MessageDigest manifest = Sha256.newDigest();
        String sha = null;
        for (EvalFile f : files) {
            byte[] bytes = read(f.path());
            sha = Sha256.hex(bytes);
            manifest.update((sha + "  " + f.path() + "\n").getBytes(StandardCharsets.UTF_8));
            String text = decode(bytes, f.path());
            switch (f.layout()) {
                case WHOLE_FILE -> add(text, grams, minWords, set, counts);
                case LINES -> text.lines().forEach(line -> add(line, grams, minWords, set, counts));
                case JSONL -> {
                    int lineNo = 0;
                    for (String line : (Iterable<String>) text.lines()::iterator) {
                        lineNo++;
                        if (!line.isBlank()) add(jsonText(line, evalField, f.path(), lineNo), grams, minWords, set, counts);
                    }
                }
            }
        }
        if (counts[0] == 0) {
            throw new IllegalArgumentException("eval set " + files.stream().map(EvalFile::path).toList() + " is empty: no document of at least "
                    + minWords + " words" + (counts[1] > 0 ? " (" + counts[1] + " shorter ones ignored)" : ""));
        }
        return new EvalSet(set, counts[0], counts[1], files.size() == 1 ? sha : Sha256.hex(manifest));
    }

    private static void add(String doc, WordNgrams grams, int minWords, LongHashSet set, int[] counts) {
        if (doc == null || doc.isBlank()) return;
        String prepared = grams.prepare(doc);
        if (grams.visit(prepared, (h, t, s, e) -> true) < minWords) {
            counts[1]++;
            return;
        }
        counts[0]++;
        grams.visit(prepared, (h, t, s, e) -> {
            set.add(h);
            return true;
        });
    }

    private static String jsonText(String line, String field, Path file, int lineNo) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("eval set " + file + " line " + lineNo + " is not JSON: " + e.getOriginalMessage());
        }
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) {
            throw new IllegalArgumentException("eval set " + file + " line " + lineNo + ": field '" + field + "' is " + v.getNodeType().name().toLowerCase(Locale.ROOT)
                    + ", not text; set eval_field to the field holding the text");
        }
        return v.textValue();
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException | OutOfMemoryError e) {
            throw new IllegalArgumentException("eval set file '" + path + "' cannot be read: " + e, e);
        }
    }

    private static String decode(byte[] bytes, Path path) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("eval set file '" + path + "' is not UTF-8 text: " + e.getMessage());
        }
    }
}
