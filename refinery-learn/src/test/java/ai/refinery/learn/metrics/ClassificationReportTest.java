package ai.refinery.learn.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.refinery.learn.tensor.Tensor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Five examples, three classes, worked by hand:
 * <pre>
 * row  probabilities     label  predicted
 *  0   0.7  0.2  0.1     0      0
 *  1   0.1  0.6  0.3     1      1
 *  2   0.3  0.4  0.3     0      1   (label ranked 2nd: class 2 ties it but comes later)
 *  3   0.2  0.2  0.6     2      2
 *  4   0.5  0.1  0.4     2      0   (label ranked 2nd)
 * </pre>
 * Confusion (actual × predicted): [[1,1,0],[0,1,0],[1,0,1]]. Precision 1/2, 1/2, 1/1; recall 1/2,
 * 1/1, 1/2; F1 1/2, 2/3, 2/3.
 */
class ClassificationReportTest {
    private static final float[] PROBS = {
        0.7f, 0.2f, 0.1f,
        0.1f, 0.6f, 0.3f,
        0.3f, 0.4f, 0.3f,
        0.2f, 0.2f, 0.6f,
        0.5f, 0.1f, 0.4f};
    private static final int[] LABELS = {0, 1, 0, 2, 2};

    @Test
    void handComputedExample() {
        ClassificationReport r = ClassificationReport.of(PROBS, LABELS, 3, 2);
        assertThat(r.samples()).isEqualTo(5);
        assertThat(r.accuracy()).isEqualTo(0.6);
        assertThat(r.topK()).isEqualTo(2);
        assertThat(r.topKAccuracy()).isEqualTo(1.0);
        assertThat(r.confusion().toArray()).isDeepEqualTo(new long[][] {{1, 1, 0}, {0, 1, 0}, {1, 0, 1}});
        assertThat(r.perClass()).extracting(ClassMetrics::precision).containsExactly(0.5, 0.5, 1.0);
        assertThat(r.perClass()).extracting(ClassMetrics::recall).containsExactly(0.5, 1.0, 0.5);
        assertThat(r.perClass().get(1).f1()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.perClass()).extracting(ClassMetrics::support).containsExactly(2L, 1L, 2L);
        assertThat(r.macroPrecision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.macroRecall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.macroF1()).isCloseTo((0.5 + 2.0 / 3 + 2.0 / 3) / 3, within(1e-12));
        double logLoss = -(Math.log(0.7f) + Math.log(0.6f) + Math.log(0.3f) + Math.log(0.6f) + Math.log(0.4f)) / 5;
        assertThat(r.logLoss()).isCloseTo(logLoss, within(1e-9));
    }

    @Test
    void topOneIsAccuracyAndTopAllIsOne() {
        assertThat(ClassificationMetrics.topKAccuracy(PROBS, LABELS, 3, 1)).isEqualTo(ClassificationMetrics.accuracy(PROBS, LABELS, 3));
        assertThat(ClassificationMetrics.topKAccuracy(PROBS, LABELS, 3, 3)).isEqualTo(1.0);
    }

    @Test
    void tiesGoToTheLowerClass() {
        float[] tie = {0.5f, 0.5f};
        assertThat(ClassificationMetrics.argmax(tie, 0, 2)).isEqualTo(0);
        assertThat(ClassificationMetrics.accuracy(tie, new int[] {0}, 2)).isEqualTo(1.0);
        assertThat(ClassificationMetrics.accuracy(tie, new int[] {1}, 2)).isEqualTo(0.0);
    }

    @Test
    void logLossClipsACertainMiss() {
        double loss = ClassificationMetrics.logLoss(new float[] {1, 0}, new int[] {1}, 2);
        assertThat(loss).isCloseTo(-Math.log(1e-15), within(1e-9));
    }

    @Test
    void macroAveragesSkipClassesNeitherPresentNorPredicted() {
        float[] probs = {0.9f, 0.1f, 0, 0, /* */ 0.2f, 0.8f, 0, 0};
        ClassificationReport r = ClassificationReport.of(Tensor.wrap(probs, 2, 4), new int[] {0, 1}, 4);
        assertThat(r.macroF1()).isEqualTo(1.0);
        assertThat(r.perClass()).hasSize(4);
        assertThat(r.perClass().get(3).support()).isZero();
        assertThat(r.topK()).isEqualTo(4);
    }

    @Test
    void serializesToPlainValuesUnderSnakeCaseKeys() {
        Map<String, Object> m = ClassificationReport.of(PROBS, LABELS, 3, 2).toMap();
        assertThat(m).containsKeys("samples", "classes", "accuracy", "top_k", "top_k_accuracy", "log_loss",
                "macro_precision", "macro_recall", "macro_f1", "per_class", "confusion_matrix");
        assertThat(m.get("confusion_matrix")).isEqualTo(List.of(List.of(1L, 1L, 0L), List.of(0L, 1L, 0L), List.of(1L, 0L, 1L)));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> perClass = (List<Map<String, Object>>) m.get("per_class");
        assertThat(perClass.get(2)).containsEntry("label", 2).containsEntry("precision", 1.0).containsEntry("support", 2L);

        Map<String, Object> empty = ClassificationReport.of(new float[0], new int[0], 3, 1).toMap();
        assertThat(empty).containsEntry("samples", 0).containsEntry("accuracy", null);
    }

    @Test
    void mismatchedInputsAreRefusedWithTheirSizes() {
        assertThatThrownBy(() -> ClassificationReport.of(new float[5], new int[] {0, 1}, 3, 1))
                .hasMessageContaining("2 labels × 3 classes need 6 scores, got 5");
        assertThatThrownBy(() -> ClassificationReport.of(new float[6], new int[] {0, 3}, 3, 1)).hasMessageContaining("label 3 of row 1");
        assertThatThrownBy(() -> ClassificationReport.of(new float[6], new int[] {0, 1}, 3, 4)).hasMessageContaining("top_k must be in [1, 3]");
    }
}
