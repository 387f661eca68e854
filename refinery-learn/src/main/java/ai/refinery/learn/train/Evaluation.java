package ai.refinery.learn.train;

import ai.refinery.learn.metrics.ClassificationMetrics;
import ai.refinery.learn.nn.Loss;
import ai.refinery.learn.nn.Sequential;

/** Mean loss and accuracy of a model over a dataset, in evaluation mode, one batch at a time. */
final class Evaluation {
    private final float[] features;
    private final int[] labels;
    private final int batch;

    Evaluation(int batchSize, int cols) {
        this.batch = batchSize;
        this.features = new float[batchSize * cols];
        this.labels = new int[batchSize];
    }

    /** {@code {loss, accuracy}}. */
    double[] run(Sequential model, Loss loss, Dataset data) {
        int classes = model.outputSize();
        double lossSum = 0;
        long correct = 0;
        int cols = data.cols();
        for (int start = 0; start < data.size(); start += batch) {
            int rows = Math.min(batch, data.size() - start);
            for (int i = 0; i < rows; i++) {
                data.copyFeatures(start + i, features, i * cols);
                labels[i] = data.label(start + i);
            }
            float[] out = model.forward(features, 0, rows, false);
            lossSum += loss.evaluate(out, labels, rows, classes, null) * rows;
            for (int i = 0; i < rows; i++) {
                if (ClassificationMetrics.argmax(out, i * classes, classes) == labels[i]) correct++;
            }
        }
        return new double[] {lossSum / data.size(), (double) correct / data.size()};
    }
}
