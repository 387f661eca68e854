package ai.refinery.learn.optim;

import ai.refinery.learn.nn.Parameter;
import java.util.List;

/**
 * The Adam update (Kingma and Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015,
 * Algorithm 1): {@code m ← β1·m + (1−β1)·g; v ← β2·v + (1−β2)·g²;
 * w ← w − α·m̂ / (√v̂ + ε)} with {@code m̂ = m/(1−β1^t)}, {@code v̂ = v/(1−β2^t)}. Subclasses
 * differ only in how weight decay enters.
 */
abstract class AdaptiveMoments implements Optimizer {
    final AdamConfig config;
    private final Slots slots = new Slots("m", "v");

    AdaptiveMoments(AdamConfig config) {
        this.config = config;
    }

    public AdamConfig config() { return config; }

    /** The L2 coefficient added to the gradient (Adam) or 0. */
    abstract double coupledDecay();

    /** The decoupled shrink factor applied to weights before the step (AdamW) or 0. */
    abstract double decoupledDecay(double learningRate);

    abstract String name();

    @Override public double learningRate() { return config.learningRate(); }
    @Override public long steps() { return slots.steps(); }
    @Override public OptimizerState state() { return slots.export(); }
    @Override public void restore(OptimizerState state) { slots.restore(state); }

    @Override
    public void step(List<Parameter> parameters, double learningRate) {
        slots.bind(parameters);
        long t = slots.increment();
        double b1 = config.beta1();
        double b2 = config.beta2();
        float beta1 = (float) b1;
        float oneMinusBeta1 = (float) (1 - b1);
        float beta2 = (float) b2;
        float oneMinusBeta2 = (float) (1 - b2);
        // bias corrections folded into two scalars: α/(1−β1^t) and 1/√(1−β2^t)
        float stepSize = (float) (learningRate / (1 - StrictMath.pow(b1, t)));
        float invRootCorrection2 = (float) (1 / StrictMath.sqrt(1 - StrictMath.pow(b2, t)));
        float eps = (float) config.epsilon();
        float shrink = (float) (1 - decoupledDecay(learningRate));
        for (int p = 0; p < parameters.size(); p++) {
            Parameter param = parameters.get(p);
            float[] w = param.value().data();
            if (param.decayed() && shrink != 1f) {
                for (int i = 0; i < w.length; i++) w[i] *= shrink;
            }
            float l2 = param.decayed() ? (float) coupledDecay() : 0f;
            float[] grad = param.gradient().data();
            float[] m = slots.get(0, p);
            float[] v = slots.get(1, p);
            for (int i = 0; i < w.length; i++) {
                float g = grad[i] + l2 * w[i];
                m[i] = beta1 * m[i] + oneMinusBeta1 * g;
                v[i] = beta2 * v[i] + oneMinusBeta2 * g * g;
                w[i] -= stepSize * m[i] / ((float) Math.sqrt(v[i]) * invRootCorrection2 + eps);
            }
        }
    }

    @Override
    public String describe() {
        return name() + "(learning_rate=" + config.learningRate() + ", beta1=" + config.beta1() + ", beta2=" + config.beta2()
                + ", epsilon=" + config.epsilon() + ", weight_decay=" + config.weightDecay() + ")";
    }
}
