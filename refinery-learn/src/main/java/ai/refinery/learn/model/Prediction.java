package ai.refinery.learn.model;

/**
 * What a model says about one record: the most probable class (the lowest index on a tie), its
 * name when the model names its classes (else null) and the probability of every class.
 */
public record Prediction(String id, int predictedClass, String className, float[] probabilities) {

    /** The probability of the predicted class. */
    public float confidence() {
        return probabilities[predictedClass];
    }
}
