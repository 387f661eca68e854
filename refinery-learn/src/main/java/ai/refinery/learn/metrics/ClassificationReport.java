package ai.refinery.learn.metrics;

import ai.refinery.learn.tensor.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well predicted probabilities match labels: accuracy, top-k accuracy, log loss, per-class
 * precision/recall/F1 with their macro averages, and the confusion matrix. Macro averages are
 * unweighted means over the classes that occur among the labels or the predictions (as
 * scikit-learn does when not given the labels), so a class absent from a small test set does not
 * count as a zero.
 */
public record ClassificationReport(int samples, int classes, double accuracy, int topK, double topKAccuracy,
                                   double logLoss, double macroPrecision, double macroRecall, double macroF1,
                                   List<ClassMetrics> perClass, ConfusionMatrix confusion) {

    public ClassificationReport {
        perClass = List.copyOf(perClass);
    }

    /** The report for {@code probabilities} (rows × classes) against {@code labels}; top-k with k = min(5, classes). */
    public static ClassificationReport of(Tensor probabilities, int[] labels, int classes) {
        return of(probabilities.data(), labels, classes, Math.min(5, classes));
    }

    public static ClassificationReport of(float[] probabilities, int[] labels, int classes, int topK) {
        ClassificationMetrics.check(probabilities, labels, classes);
        if (topK < 1 || topK > classes) throw new IllegalArgumentException("top_k must be in [1, " + classes + "], got " + topK);
        int[] predicted = ClassificationMetrics.predictedClasses(probabilities, classes);
        ConfusionMatrix cm = ConfusionMatrix.of(labels, predicted, classes);
        List<ClassMetrics> perClass = new ArrayList<>();
        double p = 0;
        double r = 0;
        double f = 0;
        int present = 0;
        for (int c = 0; c < classes; c++) {
            ClassMetrics m = new ClassMetrics(c, cm.precision(c), cm.recall(c), cm.f1(c), cm.support(c));
            perClass.add(m);
            if (cm.support(c) > 0 || cm.predictedCount(c) > 0) {
                p += m.precision();
                r += m.recall();
                f += m.f1();
                present++;
            }
        }
        return new ClassificationReport(labels.length, classes,
                ClassificationMetrics.accuracy(probabilities, labels, classes), topK,
                ClassificationMetrics.topKAccuracy(probabilities, labels, classes, topK),
                ClassificationMetrics.logLoss(probabilities, labels, classes),
                mean(p, present), mean(r, present), mean(f, present), perClass, cm);
    }

    private static double mean(double sum, int n) {
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Plain values under snake_case keys, for JSON reports. NaN (no samples) is written as null. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("samples", samples);
        m.put("classes", classes);
        m.put("accuracy", finite(accuracy));
        m.put("top_k", topK);
        m.put("top_k_accuracy", finite(topKAccuracy));
        m.put("log_loss", finite(logLoss));
        m.put("macro_precision", finite(macroPrecision));
        m.put("macro_recall", finite(macroRecall));
        m.put("macro_f1", finite(macroF1));
        List<Map<String, Object>> classList = new ArrayList<>();
        for (ClassMetrics c : perClass) classList.add(c.toMap());
        m.put("per_class", classList);
        m.put("confusion_matrix", confusion.toList());
        return m;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
