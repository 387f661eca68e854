package ai.refinery.learn.optim;

import ai.refinery.learn.nn.Parameter;
import java.util.List;

/**
 * Stochastic gradient descent with optional momentum, Nesterov momentum and L2 weight decay, in
 * the form PyTorch uses: {@code g ← ∇ + λw; v ← μv + g; w ← w − η·(nesterov ? g + μv : v)}
 * (Nesterov momentum as reformulated by Sutskever et al., "On the importance of initialization and
 * momentum in deep learning", ICML 2013, §2). Without momentum: {@code w ← w − η·g}.
 */
public final class Sgd implements Optimizer {
    private final SgdConfig config;
    private final Slots slots;

    public Sgd(SgdConfig config) {
        this.config = config;
        this.slots = config.momentum() > 0 ? new Slots("velocity") : new Slots();
    }

    public SgdConfig config() { return config; }

    @Override public double learningRate() { return config.learningRate(); }
    @Override public long steps() { return slots.steps(); }
    @Override public OptimizerState state() { return slots.export(); }
    @Override public void restore(OptimizerState state) { slots.restore(state); }

    @Override
    public void step(List<Parameter> parameters, double learningRate) {
        slots.bind(parameters);
        slots.increment();
        float lr = (float) learningRate;
        float mu = (float) config.momentum();
        boolean nesterov = config.nesterov();
        for (int p = 0; p < parameters.size(); p++) {
            Parameter param = parameters.get(p);
            float decay = param.decayed() ? (float) config.weightDecay() : 0f;
            float[] w = param.value().data();
            float[] grad = param.gradient().data();
            // one branch-free loop per case, so each can be vectorized
            if (mu == 0f) plain(w, grad, decay, lr);
            else if (nesterov) nesterov(w, grad, slots.get(0, p), decay, mu, lr);
            else momentum(w, grad, slots.get(0, p), decay, mu, lr);
        }
    }

    private static void plain(float[] w, float[] grad, float decay, float lr) {
        for (int i = 0; i < w.length; i++) w[i] -= lr * (grad[i] + decay * w[i]);
    }

    private static void momentum(float[] w, float[] grad, float[] v, float decay, float mu, float lr) {
        for (int i = 0; i < w.length; i++) {
            v[i] = mu * v[i] + (grad[i] + decay * w[i]);
            w[i] -= lr * v[i];
        }
    }

    private static void nesterov(float[] w, float[] grad, float[] v, float decay, float mu, float lr) {
        for (int i = 0; i < w.length; i++) {
            float g = grad[i] + decay * w[i];
            v[i] = mu * v[i] + g;
            w[i] -= lr * (g + mu * v[i]);
        }
    }

    @Override
    public String describe() {
        return "sgd(learning_rate=" + config.learningRate() + ", momentum=" + config.momentum() + ", nesterov=" + config.nesterov()
                + ", weight_decay=" + config.weightDecay() + ")";
    }
}
