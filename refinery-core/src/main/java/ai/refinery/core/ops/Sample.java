package ai.refinery.core.ops;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordFilter;
import ai.refinery.core.record.Record;
import ai.refinery.core.util.Hashing;

/**
 * Keeps each record with probability {@code fraction}. The decision is a hash of the seed and the
 * record id, so it does not depend on threads, batches or order, and a record is kept or dropped
 * the same way in every run with the same seed.
 */
public final class Sample implements RecordFilter {
    private static final long serialVersionUID = 1L;
    private static final String SAMPLED_OUT = "sampled_out";

    private final double fraction;
    private final long seed;

    public Sample(double fraction, long seed) {
        this.fraction = fraction;
        this.seed = seed;
    }

    public record Config(
            @Setting("Share of records to keep, above 0 and at most 1 (0.1 keeps about 10%).") double fraction,
            @Setting(value = "Seed of the choice; by default the step's seed, derived from the recipe seed.", optional = true)
            Long seed) {
        public Config {
            if (!(fraction > 0 && fraction <= 1)) {
                throw new IllegalArgumentException("'fraction' must be above 0 and at most 1 (e.g. 0.1 keeps 10%), not " + fraction);
            }
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("sample", "Keeps a random share of records, chosen by a hash of the seed and the record id.", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new Sample(config.fraction(), config.seed() != null ? config.seed() : context.seed());
        }
    }

    @Override
    public String dropReason(Record record) {
        long bits = Hashing.murmur3x64_128(record.id(), seed).high() >>> 11;
        return bits * 0x1.0p-53 < fraction ? KEEP : SAMPLED_OUT;
    }
}
