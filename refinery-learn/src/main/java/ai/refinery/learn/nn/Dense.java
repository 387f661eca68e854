package ai.refinery.learn.nn;

import ai.refinery.learn.tensor.Gemm;
import ai.refinery.learn.tensor.Gemms;
import ai.refinery.learn.tensor.Tensor;
import java.util.List;

/**
 * A fully connected layer {@code Y = X·W + b}: W is {@code inputs × outputs} row-major, b has
 * {@code outputs} values. Backward gives {@code dW = Xᵀ·dY}, {@code db = Σ_rows dY} and
 * {@code dX = dY·Wᵀ}, the transposes expressed through the {@link Gemm} flags, never materialized.
 */
public final class Dense implements Layer {
    private final int inputs;
    private final int outputs;
    private final Gemm gemm;
    private final Tensor weight;
    private final Tensor bias;
    private final Tensor weightGradient;
    private final Tensor biasGradient;
    private final List<Parameter> parameters;

    private float[] input; // the last forward's input, read again by backward
    private int inputOffset;
    private int lastRows = -1;
    private float[] output;
    private float[] inputGradientBuffer;

    /** A layer with zero weights, multiplying with {@link Gemms#best()}; see {@link #initialize}. */
    public Dense(int inputs, int outputs) {
        this(inputs, outputs, Gemms.best());
    }

    public Dense(int inputs, int outputs, Gemm gemm) {
        if (inputs < 1 || outputs < 1) throw new IllegalArgumentException("dense layer needs inputs and outputs >= 1, got " + inputs + "×" + outputs);
        this.inputs = inputs;
        this.outputs = outputs;
        this.gemm = gemm;
        this.weight = Tensor.zeros(inputs, outputs);
        this.bias = Tensor.zeros(outputs);
        this.weightGradient = Tensor.zeros(inputs, outputs);
        this.biasGradient = Tensor.zeros(outputs);
        this.parameters = List.of(new Parameter("weight", weight, weightGradient, true),
                new Parameter("bias", bias, biasGradient, false));
    }

    /** Draws the weights with {@code init} from {@code random} and sets the bias to zero. */
    public Dense initialize(WeightInit init, SplitMix64 random) {
        init.fill(weight.data(), inputs, outputs, random);
        bias.fill(0f);
        return this;
    }

    public Tensor weight() { return weight; }
    public Tensor bias() { return bias; }

    @Override public String kind() { return "dense"; }
    @Override public int inputSize() { return inputs; }
    @Override public int outputSize() { return outputs; }
    @Override public List<Parameter> parameters() { return parameters; }

    @Override
    public float[] forward(float[] x, int offset, int rows, boolean training) {
        output = Buffers.atLeast(output, rows * outputs);
        float[] b = bias.data();
        for (int r = 0; r < rows; r++) System.arraycopy(b, 0, output, r * outputs, outputs);
        // beta = 1 adds the product onto the bias rows just written
        gemm.gemm(false, false, rows, outputs, inputs, 1f, x, offset, inputs, weight.data(), 0, outputs,
                1f, output, 0, outputs);
        input = x;
        inputOffset = offset;
        lastRows = rows;
        return output;
    }

    @Override
    public float[] backward(float[] dy, int rows, boolean inputGradient) {
        if (rows != lastRows) throw new IllegalStateException("backward of " + rows + " rows after a forward of " + lastRows);
        // dW (inputs × outputs) = Xᵀ·dY: X is stored rows × inputs, so op(A) = Xᵀ with lda = inputs
        gemm.gemm(true, false, inputs, outputs, rows, 1f, input, inputOffset, inputs, dy, 0, outputs,
                0f, weightGradient.data(), 0, outputs);
        float[] db = biasGradient.data();
        java.util.Arrays.fill(db, 0f);
        for (int r = 0; r < rows; r++) {
            int at = r * outputs;
            for (int j = 0; j < outputs; j++) db[j] += dy[at + j];
        }
        if (!inputGradient) return null;
        // dX (rows × inputs) = dY·Wᵀ: W is stored inputs × outputs, so op(B) = Wᵀ with ldb = outputs
        inputGradientBuffer = Buffers.atLeast(inputGradientBuffer, rows * inputs);
        gemm.gemm(false, true, rows, inputs, outputs, 1f, dy, 0, outputs, weight.data(), 0, outputs,
                0f, inputGradientBuffer, 0, inputs);
        return inputGradientBuffer;
    }
}
