package ai.refinery.learn.optim;

import ai.refinery.core.config.Setting;

/**
 * An optimizer as a recipe names it ({@code optimizer: {type: adam, learning_rate: 0.001}}); the
 * settings that do not apply to the type are ignored. {@link #create()} builds it.
 */
public record OptimizerSpec(
        @Setting(value = "sgd, adam or adamw.", defaultValue = "sgd") Type type,
        @Setting(value = "Step size; absent: 0.01 for sgd, 0.001 for adam and adamw.", optional = true) Double learningRate,
        @Setting(value = "For sgd: momentum coefficient.", defaultValue = "0") double momentum,
        @Setting(value = "For sgd: Nesterov momentum.", defaultValue = "false") boolean nesterov,
        @Setting(value = "For adam/adamw: β1.", defaultValue = "0.9") double beta1,
        @Setting(value = "For adam/adamw: β2.", defaultValue = "0.999") double beta2,
        @Setting(value = "For adam/adamw: ε.", defaultValue = "1e-8") double epsilon,
        @Setting(value = "Weight decay of weights; absent: 0, or 0.01 for adamw.", optional = true) Double weightDecay) {

    public enum Type { SGD, ADAM, ADAMW }

    public OptimizerSpec {
        if (type == null) throw new IllegalArgumentException("optimizer type must be given (sgd, adam or adamw)");
        create(type, learningRate, momentum, nesterov, beta1, beta2, epsilon, weightDecay); // validates now, not at training time
    }

    public Optimizer create() {
        return create(type, learningRate, momentum, nesterov, beta1, beta2, epsilon, weightDecay);
    }

    private static Optimizer create(Type type, Double learningRate, double momentum, boolean nesterov, double beta1,
                                    double beta2, double epsilon, Double weightDecay) {
        return switch (type) {
            case SGD -> new Sgd(new SgdConfig(or(learningRate, 0.01), momentum, nesterov, or(weightDecay, 0)));
            case ADAM -> new Adam(new AdamConfig(or(learningRate, 0.001), beta1, beta2, epsilon, or(weightDecay, 0)));
            case ADAMW -> new AdamW(new AdamConfig(or(learningRate, 0.001), beta1, beta2, epsilon, or(weightDecay, 0.01)));
        };
    }

    private static double or(Double v, double fallback) {
        return v != null ? v : fallback;
    }
}
