package ai.refinery.core.op;

import ai.refinery.core.tap.RecordTap;

/**
 * Implemented by the provider of an operator that must learn something from the data before it can
 * run: the median to impute, the quartiles to clip at. The engine runs a first pass over the
 * records that reach the step (the input through the steps before it), feeds them to
 * {@link #fitter}, and creates the operator from {@link #fitted}: a config with the learnt values
 * filled in, which is also what {@code run.json} records, so a run can be reproduced and an
 * executor can ship the operator as it ships any other.
 *
 * @param <C> the operator's config record
 */
public interface Fitting<C extends java.lang.Record> {
    /** Whether {@code config} still has something to learn (false when the values are given). */
    boolean needsFit(C config);

    /** A tap that sees every record reaching the step in the fitting pass. */
    RecordTap<?> fitter(C config);

    /**
     * The config with what {@code fitter} learnt filled in.
     *
     * @throws IllegalStateException when nothing could be learnt (e.g. the median of a column
     *                               with no values), naming the step's column
     */
    C fitted(C config, RecordTap<?> fitter);

    /**
     * As {@link #fitted(java.lang.Record, RecordTap)}, for operators whose learnt state is too big
     * for a config (the drop decisions of a near-duplicate search): they write it under
     * {@link FitContext#workDir()} and put its path and content hash in the config. The default
     * ignores the context.
     */
    default C fitted(C config, RecordTap<?> fitter, FitContext context) {
        return fitted(config, fitter);
    }
}
