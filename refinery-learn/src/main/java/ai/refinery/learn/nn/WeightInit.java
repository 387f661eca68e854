package ai.refinery.learn.nn;

/** How a dense layer's weights are drawn from a seed (biases start at zero). */
public enum WeightInit {
    /** N(0, 2/fanIn): He et al., "Delving Deep into Rectifiers", ICCV 2015, §2.2, eq. 10. For ReLU. */
    HE_NORMAL,
    /** U(−√(6/fanIn), √(6/fanIn)): the uniform law with He's variance 2/fanIn. For ReLU. */
    HE_UNIFORM,
    /**
     * U(−√(6/(fanIn+fanOut)), +√(...)): Glorot and Bengio, "Understanding the difficulty of training
     * deep feedforward neural networks", AISTATS 2010, eq. 16. For tanh, sigmoid and softmax outputs.
     */
    XAVIER_UNIFORM;

    /** Fills {@code weights} (fanIn × fanOut values) from {@code random}. */
    public void fill(float[] weights, int fanIn, int fanOut, SplitMix64 random) {
        if (weights.length != (long) fanIn * fanOut) {
            throw new IllegalArgumentException("expected " + fanIn + "×" + fanOut + " weights, got " + weights.length);
        }
        switch (this) {
            case HE_NORMAL -> {
                double std = StrictMath.sqrt(2.0 / fanIn);
                for (int i = 0; i < weights.length; i++) weights[i] = (float) (std * random.nextGaussian());
            }
            case HE_UNIFORM -> uniform(weights, StrictMath.sqrt(6.0 / fanIn), random);
            case XAVIER_UNIFORM -> uniform(weights, StrictMath.sqrt(6.0 / (fanIn + fanOut)), random);
        }
    }

    private static void uniform(float[] weights, double limit, SplitMix64 random) {
        for (int i = 0; i < weights.length; i++) weights[i] = (float) ((2 * random.nextDouble() - 1) * limit);
    }
}
