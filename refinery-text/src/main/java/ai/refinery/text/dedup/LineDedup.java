package ai.refinery.text.dedup;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.FitContext;
import ai.refinery.core.op.Fitting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import ai.refinery.core.tap.RecordTap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Corpus-wide line deduplication as boilerplate removal: a line found in more than
 * {@code max_documents} documents of the corpus (mailing-list footers, navigation, disclaimers) is
 * removed from every document. CCNet (Wenzek et al. 2020) removes every line seen in another
 * document of the same shard; counting documents per line and keeping lines up to a threshold is
 * gentler on corpora such as mail threads, where a quoted paragraph recurs in a few replies.
 *
 * <p>It learns from the data: a fitting pass counts, for every line key ({@link LineKeys}: trimmed,
 * whitespace collapsed, lower-cased, at least {@code min_chars} long), the documents it occurs in,
 * and writes the keys of the repeated lines to a file beside the output, whose path and SHA-256 go
 * into the step's fitted settings (and run.json). Giving {@code repeated_lines} (with its
 * {@code repeated_lines_sha256}) reuses the lines learnt by an earlier run instead.
 *
 * <p>Lines removed are counted in {@code meta.lines_removed}. A document whose lines were all
 * repeated is left empty; a length or quality filter after this step drops it with its reason.
 */
public final class LineDedup implements RecordMapper {
    private static final long serialVersionUID = 1L;
    static final String KIND = "repeated-lines";
    static final String FILE = "repeated-lines.bin";
    public static final String META_KEY = "lines_removed";

    private final String field;
    private final int minChars;
    private final long[] repeated;

    LineDedup(Config c, long[] repeated) {
        this.field = c.field();
        this.minChars = c.minChars();
        this.repeated = repeated;
    }

    public record Config(
            @Setting(value = "Text field to deduplicate lines in.", defaultValue = "text") String field,
            @Setting(value = "A line in more than this many documents is removed everywhere.", defaultValue = "10") int maxDocuments,
            @Setting(value = "Lines shorter than this (trimmed) are never removed.", defaultValue = "10") int minChars,
            @Setting(value = "File of repeated line keys learnt by a fitting pass; filled in when the step is fitted.", optional = true)
            String repeatedLines,
            @Setting(value = "SHA-256 of repeated_lines, checked before use; filled in when the step is fitted.", optional = true)
            String repeatedLinesSha256,
            @Setting(value = "Documents seen by the fitting pass (filled in).", optional = true) Long documents,
            @Setting(value = "Distinct line keys seen by the fitting pass (filled in).", optional = true) Long distinctLines,
            @Setting(value = "Lines found repeated, i.e. keys in repeated_lines (filled in).", optional = true) Long repeatedCount) {
        public Config {
            if (field == null || field.isBlank()) throw new IllegalArgumentException("'field' must name the text field, e.g. field: text");
            if (maxDocuments < 1) throw new IllegalArgumentException("'max_documents' must be at least 1, not " + maxDocuments);
            if (minChars < 1) throw new IllegalArgumentException("'min_chars' must be at least 1, not " + minChars);
            if ((repeatedLines == null) != (repeatedLinesSha256 == null)) {
                throw new IllegalArgumentException("'repeated_lines' and 'repeated_lines_sha256' go together (both come from a fitted run's run.json)");
            }
            if (repeatedLinesSha256 != null && !repeatedLinesSha256.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("'repeated_lines_sha256' must be 64 lower-case hex digits, not '" + repeatedLinesSha256 + "'");
            }
        }

        Config withLearnt(String path, String sha256, long documents, long distinctLines, long repeatedCount) {
            return new Config(field, maxDocuments, minChars, path, sha256, documents, distinctLines, repeatedCount);
        }
    }

    public static final class Provider extends OperatorProvider<Config> implements Fitting<Config> {
        public Provider() {
            super("line_dedup", "Removes lines found in more than max_documents documents of the corpus (boilerplate); learns them in a first pass.",
                    Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            if (config.repeatedLines() == null) {
                throw new IllegalStateException("line_dedup has not learnt its repeated lines: it is fitted when the recipe runs");
            }
            try {
                return new LineDedup(config, LongSetFile.read(Path.of(config.repeatedLines()), KIND, config.repeatedLinesSha256()));
            } catch (IOException e) {
                throw new UncheckedIOException("line_dedup cannot read its repeated lines: " + e.getMessage(), e);
            }
        }

        @Override
        public boolean needsFit(Config config) {
            return config.repeatedLines() == null;
        }

        @Override
        public RecordTap<?> fitter(Config config) {
            return new RepeatedLines(config.field(), config.minChars());
        }

        @Override
        public Config fitted(Config config, RecordTap<?> fitter) {
            throw new IllegalStateException("line_dedup writes what it learns to a file, so it is fitted with a work directory");
        }

        @Override
        public Config fitted(Config config, RecordTap<?> fitter, FitContext context) {
            RepeatedLines counts = (RepeatedLines) fitter;
            long[] keys = counts.keysInMoreThan(config.maxDocuments());
            Path file = context.workDir().resolve(FILE).toAbsolutePath();
            try {
                String sha = LongSetFile.write(file, KIND, keys);
                return config.withLearnt(file.toString(), sha, counts.documents(), counts.distinctLines(), keys.length);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public Record map(Record record) {
        if (repeated.length == 0 || !(record.get(field) instanceof String text)) return record;
        LineKeys keys = new LineKeys(minChars);
        StringBuilder kept = null;
        int removed = 0;
        for (int from = 0; from <= text.length(); ) {
            int end = LineKeys.lineEnd(text, from);
            long key = keys.key(text, from, end);
            if (key != LineKeys.NONE && LongSetFile.contains(repeated, key)) {
                if (kept == null) kept = new StringBuilder(text.length()).append(text, 0, from);
                removed++;
            } else if (kept != null) {
                kept.append(text, from, Math.min(end + 1, text.length()));
            }
            from = end + 1;
        }
        if (removed == 0) return record;
        return record.toBuilder().set(field, kept.toString()).meta(META_KEY, (long) removed).build();
    }
}
