package ai.refinery.learn.nn;

/**
 * Softmax followed by cross-entropy, fused: on logits z and label y, the loss is
 * {@code logΣ_j e^{z_j} − z_y} (log-sum-exp taken after subtracting the row maximum, so it never
 * overflows) and its gradient is {@code (softmax(z) − onehot(y)) / rows}.
 */
public final class SoftmaxCrossEntropy implements Loss {
    @Override
    public double evaluate(float[] logits, int[] labels, int rows, int classes, float[] gradient) {
        double total = 0;
        double invRows = 1.0 / rows;
        for (int r = 0; r < rows; r++) {
            Labels.check(labels, r, classes);
            int at = r * classes;
            float max = Softmax.rowMax(logits, at, classes);
            double sum = 0;
            for (int j = 0; j < classes; j++) sum += Math.exp(logits[at + j] - max);
            total += max + Math.log(sum) - logits[at + labels[r]];
            if (gradient != null) {
                for (int j = 0; j < classes; j++) {
                    double p = Math.exp(logits[at + j] - max) / sum;
                    gradient[at + j] = (float) ((p - (j == labels[r] ? 1 : 0)) * invRows);
                }
            }
        }
        return total * invRows;
    }

    @Override
    public String toString() {
        return "softmax_cross_entropy";
    }
}
