package ai.refinery.learn.stage;

import ai.refinery.core.config.Setting;
import ai.refinery.learn.nn.Activation;
import ai.refinery.learn.nn.MlpSpec;
import ai.refinery.learn.nn.WeightInit;
import java.util.List;

/** The {@code model} of a train section: the layers between the input and the classes. */
public record ModelSection(
        @Setting(value = "Width of each hidden layer, e.g. [500].", optional = true) List<Integer> hidden,
        @Setting(value = "Activation after each hidden layer: relu, sigmoid or tanh.", defaultValue = "relu") Activation activation,
        @Setting(value = "Dropout rate after each hidden activation.", defaultValue = "0") double dropout,
        @Setting(value = "Weight init; absent: he_normal for relu, xavier_uniform otherwise.", optional = true) WeightInit init) {

    public ModelSection {
        hidden = hidden == null ? List.of() : List.copyOf(hidden);
        spec(1, 2, hidden, activation, dropout, init); // validates now, before any data is read
    }

    /** The network for inputs of {@code inputSize} features and {@code classes} classes. */
    public MlpSpec spec(int inputSize, int classes) {
        return spec(inputSize, classes, hidden, activation, dropout, init);
    }

    private static MlpSpec spec(int inputSize, int classes, List<Integer> hidden, Activation activation, double dropout, WeightInit init) {
        return new MlpSpec(inputSize, hidden, activation, dropout, classes, init);
    }
}
