package ai.refinery.learn.nn;

/** tanh(x); derivative 1 − y². */
public final class Tanh extends ElementwiseActivation {
    public Tanh(int width) {
        super(width);
    }

    @Override public String kind() { return "tanh"; }

    @Override
    void apply(float[] x, int offset, float[] y, int n) {
        for (int i = 0; i < n; i++) y[i] = (float) Math.tanh(x[offset + i]);
    }

    @Override
    void derivative(float[] y, float[] dy, float[] dx, int n) {
        for (int i = 0; i < n; i++) dx[i] = dy[i] * (1f - y[i] * y[i]);
    }
}
