package ai.refinery.learn.nn;

/**
 * An activation applied to each value alone, whose derivative can be written from its output
 * (true of ReLU, sigmoid and tanh), so backward needs no copy of the input.
 */
abstract class ElementwiseActivation implements Layer {
    private final int width;
    private float[] output;
    private float[] inputGradientBuffer;
    private int lastRows = -1;

    ElementwiseActivation(int width) {
        if (width < 1) throw new IllegalArgumentException(getClass().getSimpleName() + " width must be >= 1, got " + width);
        this.width = width;
    }

    /** y[i] = f(x[offset + i]) for i < n. */
    abstract void apply(float[] x, int offset, float[] y, int n);

    /** dx[i] = dy[i] · f'(x[i]) written from y[i] = f(x[i]), for i < n. */
    abstract void derivative(float[] y, float[] dy, float[] dx, int n);

    @Override public final int inputSize() { return width; }
    @Override public final int outputSize() { return width; }

    @Override
    public final float[] forward(float[] x, int offset, int rows, boolean training) {
        output = Buffers.atLeast(output, rows * width);
        apply(x, offset, output, rows * width);
        lastRows = rows;
        return output;
    }

    @Override
    public final float[] backward(float[] dy, int rows, boolean inputGradient) {
        if (rows != lastRows) throw new IllegalStateException("backward of " + rows + " rows after a forward of " + lastRows);
        if (!inputGradient) return null;
        inputGradientBuffer = Buffers.atLeast(inputGradientBuffer, rows * width);
        derivative(output, dy, inputGradientBuffer, rows * width);
        return inputGradientBuffer;
    }
}
