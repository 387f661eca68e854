package ai.refinery.learn.nn;

/** max(0, x); the derivative at 0 is taken as 0. */
public final class ReLU extends ElementwiseActivation {
    public ReLU(int width) {
        super(width);
    }

    @Override public String kind() { return "relu"; }

    @Override
    void apply(float[] x, int offset, float[] y, int n) {
        for (int i = 0; i < n; i++) y[i] = Math.max(0f, x[offset + i]);
    }

    @Override
    void derivative(float[] y, float[] dy, float[] dx, int n) {
        for (int i = 0; i < n; i++) dx[i] = y[i] > 0f ? dy[i] : 0f;
    }
}
