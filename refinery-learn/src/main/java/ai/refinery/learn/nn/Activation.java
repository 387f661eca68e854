package ai.refinery.learn.nn;

/** The hidden-layer activations a model spec can name, and the weight init that suits each. */
public enum Activation {
    RELU, SIGMOID, TANH;

    public Layer create(int width) {
        return switch (this) {
            case RELU -> new ReLU(width);
            case SIGMOID -> new Sigmoid(width);
            case TANH -> new Tanh(width);
        };
    }

    /** He for ReLU (keeps the variance through rectifiers), Glorot for the saturating ones. */
    public WeightInit defaultInit() {
        return this == RELU ? WeightInit.HE_NORMAL : WeightInit.XAVIER_UNIFORM;
    }
}
