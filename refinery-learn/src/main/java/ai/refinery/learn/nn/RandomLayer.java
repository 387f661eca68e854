package ai.refinery.learn.nn;

/** A layer that draws random numbers while training; its generator state goes into checkpoints. */
public interface RandomLayer extends Layer {
    long randomState();

    void restoreRandomState(long state);
}
