package ai.refinery.learn.nn;

/**
 * Inverted dropout: while training each value is zeroed with probability {@code rate} and the
 * survivors are scaled by 1/(1 − rate), so that at evaluation the layer is the identity. This is
 * the paper's test-time weight scaling (Srivastava et al., "Dropout: A Simple Way to Prevent Neural
 * Networks from Overfitting", JMLR 2014, §4, Figure 2) moved to training time, equal in
 * expectation. Masks come from the layer's own seeded generator, whose state checkpoints save.
 */
public final class Dropout implements RandomLayer {
    private final int width;
    private final float rate;
    private final float keepScale;
    private SplitMix64 random;
    private float[] mask; // 0 or keepScale per value of the last training forward
    private float[] output;
    private float[] inputGradientBuffer;
    private int lastRows = -1;
    private boolean lastTraining;

    public Dropout(int width, double rate, long seed) {
        if (width < 1) throw new IllegalArgumentException("dropout width must be >= 1, got " + width);
        if (!(rate >= 0 && rate < 1)) throw new IllegalArgumentException("dropout rate must be in [0, 1), got " + rate);
        this.width = width;
        this.rate = (float) rate;
        this.keepScale = (float) (1 / (1 - rate));
        this.random = new SplitMix64(seed);
    }

    public double rate() { return rate; }

    @Override public String kind() { return "dropout"; }
    @Override public int inputSize() { return width; }
    @Override public int outputSize() { return width; }
    @Override public long randomState() { return random.state(); }

    @Override
    public void restoreRandomState(long state) {
        random = new SplitMix64(state); // the state is the generator's whole state
    }

    @Override
    public float[] forward(float[] x, int offset, int rows, boolean training) {
        int n = rows * width;
        lastRows = rows;
        lastTraining = training && rate > 0f;
        output = Buffers.atLeast(output, n);
        if (!lastTraining) {
            System.arraycopy(x, offset, output, 0, n);
            return output;
        }
        mask = Buffers.atLeast(mask, n);
        for (int i = 0; i < n; i++) {
            float m = random.nextFloat() < rate ? 0f : keepScale;
            mask[i] = m;
            output[i] = x[offset + i] * m;
        }
        return output;
    }

    @Override
    public float[] backward(float[] dy, int rows, boolean inputGradient) {
        if (rows != lastRows) throw new IllegalStateException("backward of " + rows + " rows after a forward of " + lastRows);
        if (!inputGradient) return null;
        int n = rows * width;
        inputGradientBuffer = Buffers.atLeast(inputGradientBuffer, n);
        if (!lastTraining) {
            System.arraycopy(dy, 0, inputGradientBuffer, 0, n);
        } else {
            for (int i = 0; i < n; i++) inputGradientBuffer[i] = dy[i] * mask[i];
        }
        return inputGradientBuffer;
    }
}
