package ai.refinery.core.op;

import java.io.Serializable;

/**
 * What the engine tells an operator when creating it: its position in the pipeline and the seed it
 * must derive all randomness from (the recipe seed mixed with the step index, unless the step sets
 * its own).
 */
public record OperatorContext(String stepId, int stepIndex, long seed) implements Serializable {
    public static OperatorContext forTest(long seed) {
        return new OperatorContext("test", 0, seed);
    }
}
