package ai.refinery.learn.optim;

/**
 * Adam (Kingma and Ba 2015, Algorithm 1). Weight decay, if any, is an L2 term added to the
 * gradient, so it is rescaled by the adaptive denominator; {@link AdamW} decouples it.
 */
public final class Adam extends AdaptiveMoments {
    public Adam(AdamConfig config) {
        super(config);
    }

    @Override double coupledDecay() { return config.weightDecay(); }
    @Override double decoupledDecay(double learningRate) { return 0; }
    @Override String name() { return "adam"; }
}
