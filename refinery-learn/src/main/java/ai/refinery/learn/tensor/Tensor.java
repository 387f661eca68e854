package ai.refinery.learn.tensor;

import java.util.Arrays;

/**
 * A dense float32 tensor in row-major order. Most of training works on rank-2 tensors (a batch
 * of rows); {@link #rows()} and {@link #cols()} view any tensor as a matrix whose rows are the
 * first dimension. The data array is exposed for kernels: a tensor owns it, callers that keep a
 * tensor must not share the array elsewhere.
 */
public final class Tensor {
    private final int[] shape;
    private final float[] data;

    private Tensor(int[] shape, float[] data) {
        long size = 1;
        for (int d : shape) {
            if (d < 0) throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            size *= d;
        }
        if (size != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + size + " values, got " + data.length);
        }
        this.shape = shape.clone();
        this.data = data;
    }

    public static Tensor zeros(int... shape) {
        long size = 1;
        for (int d : shape) size *= d;
        return new Tensor(shape, new float[Math.toIntExact(size)]);
    }

    /** Wraps (does not copy) {@code data}. */
    public static Tensor wrap(float[] data, int... shape) {
        return new Tensor(shape, data);
    }

    public static Tensor matrix(int rows, int cols) {
        return zeros(rows, cols);
    }

    public int[] shape() { return shape.clone(); }
    public int rank() { return shape.length; }
    public int dim(int i) { return shape[i]; }
    public int size() { return data.length; }
    public float[] data() { return data; }

    /** First dimension (1 for a scalar). */
    public int rows() { return shape.length == 0 ? 1 : shape[0]; }

    /** Product of all but the first dimension. */
    public int cols() { return shape.length == 0 ? 1 : data.length / Math.max(1, shape[0]); }

    public float get(int row, int col) { return data[row * cols() + col]; }
    public void set(int row, int col, float v) { data[row * cols() + col] = v; }

    public Tensor copy() { return new Tensor(shape, data.clone()); }

    public void fill(float v) { Arrays.fill(data, v); }

    /** Same data, another shape of the same size. */
    public Tensor reshape(int... newShape) { return new Tensor(newShape, data); }

    public boolean sameShape(Tensor o) { return Arrays.equals(shape, o.shape); }

    @Override
    public String toString() {
        return "Tensor" + Arrays.toString(shape);
    }
}
