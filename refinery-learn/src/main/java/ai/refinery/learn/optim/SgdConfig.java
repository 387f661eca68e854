package ai.refinery.learn.optim;

import ai.refinery.core.config.Setting;

/** Hyper-parameters of {@link Sgd}. */
public record SgdConfig(
        @Setting(value = "Step size.", defaultValue = "0.01") double learningRate,
        @Setting(value = "Momentum coefficient μ; 0 means plain SGD.", defaultValue = "0") double momentum,
        @Setting(value = "Use Nesterov momentum (needs momentum > 0).", defaultValue = "false") boolean nesterov,
        @Setting(value = "L2 penalty λ added to the gradient of weights (not biases).", defaultValue = "0") double weightDecay) {

    public SgdConfig {
        Checks.positive("learning_rate", learningRate);
        if (!(momentum >= 0 && momentum < 1)) throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
        if (nesterov && momentum == 0) throw new IllegalArgumentException("nesterov needs momentum > 0");
        Checks.nonNegative("weight_decay", weightDecay);
    }

    public static SgdConfig of(double learningRate) {
        return new SgdConfig(learningRate, 0, false, 0);
    }
}
