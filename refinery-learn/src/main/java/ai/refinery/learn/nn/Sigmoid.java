package ai.refinery.learn.nn;

/** 1 / (1 + e^−x); derivative y(1 − y). */
public final class Sigmoid extends ElementwiseActivation {
    public Sigmoid(int width) {
        super(width);
    }

    @Override public String kind() { return "sigmoid"; }

    @Override
    void apply(float[] x, int offset, float[] y, int n) {
        for (int i = 0; i < n; i++) {
            float v = x[offset + i];
            // written so that exp never overflows: e^−|v| ≤ 1
            float e = (float) Math.exp(-Math.abs(v));
            y[i] = v >= 0 ? 1f / (1f + e) : e / (1f + e);
        }
    }

    @Override
    void derivative(float[] y, float[] dy, float[] dx, int n) {
        for (int i = 0; i < n; i++) dx[i] = dy[i] * y[i] * (1f - y[i]);
    }
}
