package ai.refinery.core.recipe;

import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import java.util.Map;

/**
 * One validated pipeline step: which operator, its bound config, its settings as written (for
 * provenance) and the context (id, index, seed) it is created with.
 */
public record Step(String id, OperatorProvider<?> provider, java.lang.Record config, Map<String, Object> settings,
                   OperatorContext context) {

    /** Whether the step's operator must learn from the data before it can be created (see {@link ai.refinery.core.op.Fitting}). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public boolean needsFit() {
        return provider instanceof ai.refinery.core.op.Fitting f && f.needsFit(config);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Operator createOperator() {
        return ((OperatorProvider) provider).create(config, context);
    }
}
