package ai.refinery.core.ops;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.GroupedOperator;
import ai.refinery.core.op.KeySink;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.util.CanonicalEncoder;
import ai.refinery.core.util.Hash128;
import ai.refinery.core.util.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Drops records whose values equal those of an earlier record, keeping the first. Records are
 * compared by a 128-bit hash of a canonical encoding of their values (see {@link CanonicalEncoder}),
 * so a false match needs a hash collision (about 2^-64 for 2^32 records).
 */
public final class ExactDedup implements GroupedOperator<Hash128> {
    private static final long serialVersionUID = 1L;
    /** Fixed, so that keys are the same in every run and executor. */
    private static final long HASH_SEED = 0x5eed_dedb_0000_0001L;

    private final List<String> fields;
    private final boolean caseInsensitive;
    private final boolean normalizeWhitespace;

    public ExactDedup(Config config) {
        this.fields = config.fields();
        this.caseInsensitive = config.caseInsensitive();
        this.normalizeWhitespace = config.normalizeWhitespace();
    }

    public record Config(
            @Setting(value = "Fields to compare, in this order; empty compares all fields (in any order). Record ids and meta are never compared.",
                    optional = true)
            List<String> fields,
            @Setting(value = "Whether texts that differ only in letter case are equal.", defaultValue = "false")
            boolean caseInsensitive,
            @Setting(value = "Whether texts that differ only in whitespace (runs, leading, trailing) are equal.", defaultValue = "false")
            boolean normalizeWhitespace) {
        public Config {
            fields = FieldNames.requireValid(fields, "fields");
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("exact_dedup", "Drops records whose (selected) values equal an earlier record's, keeping the first.", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new ExactDedup(config);
        }
    }

    @Override
    public Hash128 signature(Record record) {
        CanonicalEncoder enc = new CanonicalEncoder(textNormalizer());
        if (fields.isEmpty()) {
            List<String> names = new ArrayList<>(record.fieldNames());
            names.sort(null);
            for (String n : names) enc.name(n).value(record.get(n));
        } else {
            for (String f : fields) {
                if (record.has(f)) enc.value(record.get(f));
                else enc.absent();
            }
        }
        return enc.hash(HASH_SEED);
    }

    @Override
    public void keys(Hash128 signature, KeySink sink) {
        sink.accept(signature.high(), signature.low());
    }

    @Override
    public String dropReason() {
        return "duplicate";
    }

    private UnaryOperator<String> textNormalizer() {
        if (caseInsensitive && normalizeWhitespace) return s -> TextNormalizer.foldCase(TextNormalizer.collapseWhitespace(s));
        if (caseInsensitive) return TextNormalizer::foldCase;
        if (normalizeWhitespace) return TextNormalizer::collapseWhitespace;
        return UnaryOperator.identity();
    }
}
