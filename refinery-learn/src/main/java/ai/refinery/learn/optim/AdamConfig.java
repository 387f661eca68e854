package ai.refinery.learn.optim;

import ai.refinery.core.config.Setting;

/** Hyper-parameters of {@link Adam} and {@link AdamW}; defaults are the paper's (Kingma and Ba 2015, Alg. 1). */
public record AdamConfig(
        @Setting(value = "Step size α.", defaultValue = "0.001") double learningRate,
        @Setting(value = "Decay rate β1 of the first-moment estimate.", defaultValue = "0.9") double beta1,
        @Setting(value = "Decay rate β2 of the second-moment estimate.", defaultValue = "0.999") double beta2,
        @Setting(value = "ε added to the root of the second moment.", defaultValue = "1e-8") double epsilon,
        @Setting(value = "Weight decay λ of weights (not biases): an L2 term for adam, decoupled for adamw.",
                defaultValue = "0") double weightDecay) {

    public AdamConfig {
        Checks.positive("learning_rate", learningRate);
        Checks.unitOpen("beta1", beta1);
        Checks.unitOpen("beta2", beta2);
        Checks.positive("epsilon", epsilon);
        Checks.nonNegative("weight_decay", weightDecay);
    }

    public static AdamConfig of(double learningRate) {
        return new AdamConfig(learningRate, 0.9, 0.999, 1e-8, 0);
    }

    public AdamConfig withWeightDecay(double decay) {
        return new AdamConfig(learningRate, beta1, beta2, epsilon, decay);
    }
}
