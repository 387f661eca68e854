package ai.refinery.text.decontam;

import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordFilter;
import ai.refinery.core.record.Record;

/**
 * Drops documents that share a word n-gram (13 words by default) with an evaluation set, with
 * reason {@code contaminated}: the overlap test of GPT-3 (Brown et al. 2020, appendix C) and Llama
 * (Touvron et al. 2023). See {@link WordNgrams} for the normalization and {@link ContaminationConfig}
 * for the settings; {@code flag_contamination} marks instead of dropping.
 */
public final class Decontaminate implements RecordFilter {
    private static final long serialVersionUID = 1L;
    public static final String REASON = "contaminated";

    private final ContaminationCheck check;

    public Decontaminate(ContaminationConfig config) {
        this.check = new ContaminationCheck(config);
    }

    public static final class Provider extends OperatorProvider<ContaminationConfig> {
        public Provider() {
            super("decontaminate", "Drops documents sharing a word n-gram (13 by default) with an evaluation set.", ContaminationConfig.class);
        }

        @Override
        public Operator create(ContaminationConfig config, OperatorContext context) {
            return new Decontaminate(config);
        }
    }

    @Override
    public String dropReason(Record record) {
        return check.firstMatch(record) == null ? KEEP : REASON;
    }
}
