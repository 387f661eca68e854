package ai.refinery.core.op;

import java.nio.file.Path;

/**
 * Where a fitting step may keep what it learnt when that does not fit in a config: a directory of
 * its own that outlives the run, beside the output ({@code .<output>.fitted/<step>/}), so the run
 * that follows (and a resumed one) can read it, and the next fitting of the same step replaces it.
 *
 * @param stepId  the step being fitted
 * @param workDir a directory for this step only; the operator creates it when it needs it
 */
public record FitContext(String stepId, Path workDir) {
}
