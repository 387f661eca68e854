package ai.refinery.learn.train;

import ai.refinery.learn.nn.SplitMix64;

/** Seeded Gaussian blobs in two dimensions, linearly separable: class c centred at ±2 on both axes. */
final class Blobs {
    private Blobs() {}

    static Dataset of(int n, long seed) {
        SplitMix64 random = new SplitMix64(seed);
        float[] x = new float[n * 2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            float centre = y[i] == 0 ? -2f : 2f;
            x[2 * i] = centre + (float) (0.5 * random.nextGaussian());
            x[2 * i + 1] = centre + (float) (0.5 * random.nextGaussian());
        }
        return new Dataset(x, 2, y, 2);
    }

    /** The same points with every label flipped: a validation set on which training only gets worse. */
    static Dataset flipped(Dataset d) {
        float[] x = d.features().data();
        int[] y = d.labels();
        for (int i = 0; i < y.length; i++) y[i] = 1 - y[i];
        return new Dataset(x, d.cols(), y, 2);
    }
}
