package ai.refinery.text.dedup;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.GroupedOperator;
import ai.refinery.core.op.KeySink;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.util.Hash128;
import ai.refinery.core.util.Hashing;
import ai.refinery.core.util.TextNormalizer;
import ai.refinery.text.dedup.minhash.DedupText;

/**
 * Drops documents whose text, normalized, equals an earlier document's, keeping the first in input
 * order (reason {@code duplicate}). Normalization: {@code none} (identical characters),
 * {@code whitespace} (runs of whitespace collapsed, ends trimmed) or {@code simplify} (as
 * datatrove's {@code simplify_text}, which its MinHash dedup also uses: lower case, digits to 0,
 * punctuation to spaces, diacritics stripped, whitespace collapsed), so that template copies
 * differing in numbers or accents count as the same document. Documents compare by a 128-bit hash
 * of the normalized text. An empty (or, after normalization, blank) text is nobody's duplicate:
 * length filters drop those with their own reason.
 */
public final class ExactTextDedup implements GroupedOperator<Hash128> {
    private static final long serialVersionUID = 1L;
    private static final long HASH_SEED = 0x7465787464656475L;
    /** The signature of a text with nothing to compare: it gets no key. */
    private static final Hash128 NOTHING = new Hash128(0, 0);

    private final String field;
    private final Normalize normalize;

    ExactTextDedup(Config c) {
        this.field = c.field();
        this.normalize = c.normalize();
    }

    public enum Normalize { NONE, WHITESPACE, SIMPLIFY }

    public record Config(
            @Setting(value = "Text field to compare.", defaultValue = "text") String field,
            @Setting(value = "none (identical characters), whitespace (collapsed and trimmed) or simplify (datatrove's: case, digits, punctuation, accents).",
                    defaultValue = "whitespace") Normalize normalize) {
        public Config {
            if (field == null || field.isBlank()) throw new IllegalArgumentException("'field' must name the text field, e.g. field: text");
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("exact_text_dedup", "Drops documents whose normalized text equals an earlier one's, keeping the first.", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new ExactTextDedup(config);
        }
    }

    @Override
    public Hash128 signature(Record record) {
        if (!(record.get(field) instanceof String text)) return NOTHING;
        String key = switch (normalize) {
            case NONE -> text;
            case WHITESPACE -> TextNormalizer.collapseWhitespace(text);
            case SIMPLIFY -> DedupText.normalize(text);
        };
        return key.isBlank() ? NOTHING : Hashing.murmur3x64_128(key, HASH_SEED);
    }

    @Override
    public void keys(Hash128 signature, KeySink sink) {
        if (!signature.equals(NOTHING)) sink.accept(signature.high(), signature.low());
    }

    @Override
    public String dropReason() {
        return "duplicate";
    }
}
