package ai.refinery.learn.optim;

/**
 * Adam with decoupled weight decay (Loshchilov and Hutter, "Decoupled Weight Decay
 * Regularization", ICLR 2019, Algorithm 2, line 12): weights shrink by {@code η·λ·w} apart from the
 * adaptive step, {@code η} being the scheduled learning rate (as PyTorch's AdamW).
 */
public final class AdamW extends AdaptiveMoments {
    public AdamW(AdamConfig config) {
        super(config);
    }

    @Override double coupledDecay() { return 0; }
    @Override double decoupledDecay(double learningRate) { return learningRate * config.weightDecay(); }
    @Override String name() { return "adamw"; }
}
