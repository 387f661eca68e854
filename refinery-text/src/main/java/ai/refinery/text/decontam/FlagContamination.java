package ai.refinery.text.decontam;

import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;

/**
 * Marks documents that share a word n-gram with an evaluation set, as {@code decontaminate} would
 * drop them: {@code meta.contaminated} true or false and, when true, {@code meta.contamination_ngram},
 * the first shared n-gram as compared (normalized words, space-separated).
 */
public final class FlagContamination implements RecordMapper {
    private static final long serialVersionUID = 1L;
    public static final String META_FLAG = "contaminated";
    public static final String META_NGRAM = "contamination_ngram";

    private final ContaminationCheck check;

    public FlagContamination(ContaminationConfig config) {
        this.check = new ContaminationCheck(config);
    }

    public static final class Provider extends OperatorProvider<ContaminationConfig> {
        public Provider() {
            super("flag_contamination", "Marks documents sharing a word n-gram with an evaluation set: meta.contaminated and meta.contamination_ngram.", ContaminationConfig.class);
        }

        @Override
        public Operator create(ContaminationConfig config, OperatorContext context) {
            return new FlagContamination(config);
        }
    }

    @Override
    public Record map(Record record) {
        String match = check.firstMatch(record);
        Record.Builder b = record.toBuilder().meta(META_FLAG, match != null);
        if (match != null) b.meta(META_NGRAM, match);
        return b.build();
    }
}
