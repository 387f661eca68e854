package ai.refinery.learn.optim;

import ai.refinery.learn.nn.Parameter;
import java.util.List;

/**
 * Updates parameters in place from their gradients. An optimizer binds to the parameter list of
 * its first {@link #step} and keeps per-parameter state (momentum, moments) for it; that state,
 * with the step count, is what {@link #state()} exports for checkpoints.
 */
public interface Optimizer {
    /** The base learning rate of the config; schedules scale from it. */
    double learningRate();

    /** One update of every parameter at {@code learningRate} (the schedule's current value). */
    void step(List<Parameter> parameters, double learningRate);

    /** Number of steps taken (Adam's bias correction counts them). */
    long steps();

    /** A copy of the step count and every state array, keyed {@code <parameter>.<slot>}. */
    OptimizerState state();

    /** Continues from a saved state; applied at the next step, which checks names and sizes. */
    void restore(OptimizerState state);

    /** Name and hyper-parameters, e.g. {@code adam(learning_rate=0.001, ...)}, for reports and checkpoints. */
    String describe();
}
