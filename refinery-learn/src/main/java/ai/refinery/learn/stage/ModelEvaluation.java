package ai.refinery.learn.stage;

import ai.refinery.core.record.Record;
import ai.refinery.learn.metrics.ClassificationReport;
import ai.refinery.learn.model.TrainedModel;
import ai.refinery.learn.tensor.Tensor;
import ai.refinery.learn.train.Dataset;
import java.util.function.Consumer;

/** Scores a trained model on labelled records streamed into it. */
public final class ModelEvaluation implements Consumer<Record> {
    private final TrainedModel model;
    private final Examples examples;

    public ModelEvaluation(TrainedModel model) {
        this.model = model;
        this.examples = new Examples(model.features(), model.inputSize());
    }

    @Override
    public void accept(Record r) {
        examples.accept(r);
    }

    public int size() {
        return examples.size();
    }

    /** Accuracy, top-k, log loss, per-class and macro precision/recall/F1, confusion matrix. */
    public ClassificationReport report(int topK) {
        Dataset data = examples.dataset(model.classes());
        Tensor probabilities = model.predictProbabilities(data.features());
        return ClassificationReport.of(probabilities.data(), data.labels(), model.classes(), Math.min(topK, model.classes()));
    }
}
