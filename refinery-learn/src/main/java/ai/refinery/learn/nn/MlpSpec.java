package ai.refinery.learn.nn;

import ai.refinery.core.config.Setting;
import java.util.List;

/**
 * A fully connected classifier as a recipe describes it: {@code hidden: [500], activation: relu}.
 * Built by {@link Mlp#build}; the output layer gives logits for {@code classes} classes.
 */
public record MlpSpec(
        @Setting("Number of input features per example.") int inputSize,
        @Setting(value = "Width of each hidden layer, from input to output.", optional = true) List<Integer> hidden,
        @Setting(value = "Activation after each hidden layer.", defaultValue = "relu") Activation activation,
        @Setting(value = "Dropout rate after each hidden activation; 0 means none.", defaultValue = "0") double dropout,
        @Setting("Number of classes (width of the output layer).") int classes,
        @Setting(value = "Weight init; absent: he_normal for relu, xavier_uniform otherwise, "
                + "and xavier_uniform for the output layer.", optional = true) WeightInit init) {

    public MlpSpec {
        if (inputSize < 1) throw new IllegalArgumentException("input_size must be >= 1, got " + inputSize);
        hidden = hidden == null ? List.of() : List.copyOf(hidden);
        for (int i = 0; i < hidden.size(); i++) {
            if (hidden.get(i) < 1) throw new IllegalArgumentException("hidden[" + i + "] must be >= 1, got " + hidden.get(i));
        }
        if (activation == null) throw new IllegalArgumentException("activation must be given");
        if (!(dropout >= 0 && dropout < 1)) throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        if (classes < 2) throw new IllegalArgumentException("classes must be >= 2, got " + classes);
    }

    /** ReLU, no dropout, default init: {@code MlpSpec.of(784, 10, 500)} is the classic MNIST net. */
    public static MlpSpec of(int inputSize, int classes, int... hidden) {
        return new MlpSpec(inputSize, java.util.Arrays.stream(hidden).boxed().toList(), Activation.RELU, 0, classes, null);
    }

    public MlpSpec withActivation(Activation a) { return new MlpSpec(inputSize, hidden, a, dropout, classes, init); }
    public MlpSpec withDropout(double rate) { return new MlpSpec(inputSize, hidden, activation, rate, classes, init); }
    public MlpSpec withInit(WeightInit i) { return new MlpSpec(inputSize, hidden, activation, dropout, classes, i); }
}
