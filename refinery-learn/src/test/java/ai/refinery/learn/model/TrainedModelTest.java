package ai.refinery.learn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.refinery.core.record.Record;
import ai.refinery.learn.nn.Mlp;
import ai.refinery.learn.nn.MlpSpec;
import ai.refinery.learn.nn.Sequential;
import ai.refinery.learn.nn.TestSeeds;
import ai.refinery.learn.tensor.Tensor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainedModelTest {
    private static final long SEED = TestSeeds.seed();

    @Test
    void predictGivesTheArgmaxItsNameAndProbabilitiesThatSumToOne() {
        TrainedModel model = TestModels.random(SEED);
        List<Record> records = TestModels.embeddingRecords(SEED + 1, 7, 20);
        List<Prediction> predictions = model.predict(records);
        assertThat(predictions).hasSize(7);
        for (int i = 0; i < records.size(); i++) {
            Prediction p = predictions.get(i);
            assertThat(p.id()).isEqualTo("r" + i);
            assertThat(p.probabilities()).hasSize(5);
            double sum = 0;
            for (float v : p.probabilities()) {
                sum += v;
                assertThat(v).as("seed=%d", SEED).isLessThanOrEqualTo(p.confidence());
            }
            assertThat(sum).as("seed=%d", SEED).isCloseTo(1.0, within(1e-5));
            assertThat(p.className()).isEqualTo(model.features().classNames().get(p.predictedClass()));
        }
    }

    @Test
    void predictInBatchesEqualsOneRecordAtATime() {
        TrainedModel model = TestModels.random(SEED);
        List<Record> records = TestModels.embeddingRecords(SEED + 2, 600, 20); // more than one batch
        List<Prediction> all = model.predict(records);
        for (int i = 0; i < records.size(); i += 97) {
            float[] alone = model.predictProbabilities(Tensor.wrap(model.featuresOf(records.get(i)), 1, 20)).data();
            // within rounding: a matrix kernel may sum in another order for one row than for many
            assertThat(all.get(i).probabilities()).as("record %d, seed=%d", i, SEED).containsExactly(alone, within(1e-6f));
        }
        assertThat(model.predict(List.of())).isEmpty();
    }

    @Test
    void aModelWithoutClassNamesPredictsNullNames() {
        MlpSpec spec = MlpSpec.of(3, 2);
        TrainedModel model = new TrainedModel(spec, Mlp.build(spec, SEED), FeatureSpec.floatVector("x", "y", 2), Map.of(), Map.of());
        Prediction p = model.predict(List.of(Record.builder("a").set("x", new float[] {1, 2, 3}).build())).get(0);
        assertThat(p.className()).isNull();
    }

    @Test
    void theModelKeepsACopyOfTheWeights() {
        MlpSpec spec = MlpSpec.of(3, 2, 4);
        Sequential network = Mlp.build(spec, SEED);
        TrainedModel model = new TrainedModel(spec, network, FeatureSpec.floatVector("x", "y", 2), Map.of(), Map.of());
        float before = model.weights().get("dense_0.weight").data()[0];

        network.parameters().get(0).value().data()[0] += 1f; // training goes on
        model.weights().get("dense_0.weight").data()[0] += 1f; // a caller scribbles on its copy
        model.newNetwork().parameters().get(0).value().data()[0] += 1f;

        assertThat(model.weights().get("dense_0.weight").data()[0]).isEqualTo(before);
        assertThat(model.weights().keySet()).containsExactly("dense_0.weight", "dense_0.bias", "dense_2.weight", "dense_2.bias");
    }

    @Test
    void aNetworkThatDoesNotFitTheSpecOrClassCountIsRefused() {
        MlpSpec spec = MlpSpec.of(3, 2, 4);
        Sequential other = Mlp.build(MlpSpec.of(3, 2, 5), SEED);
        assertThatThrownBy(() -> new TrainedModel(spec, other, FeatureSpec.floatVector("x", "y", 2), Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parameter dense_0.weight has shape [3, 4] but the value given has shape [3, 5]");
        assertThatThrownBy(() -> new TrainedModel(spec, Mlp.build(spec, SEED), FeatureSpec.floatVector("x", "y", 3), Map.of(), Map.of()))
                .hasMessage("the feature spec has 3 classes but the model spec 2");
    }

    @Test
    void provenanceAndMetricsAreNormalizedToWhatJsonCanSay() {
        MlpSpec spec = MlpSpec.of(3, 2);
        Map<String, Object> metrics = new HashMap<>();
        metrics.put("accuracy", 0.5f);
        metrics.put("log_loss", Double.NaN);
        metrics.put("samples", 10);
        metrics.put("activation", ai.refinery.learn.nn.Activation.RELU);
        List<Object> seeds = new ArrayList<>(List.of(1, 2));
        Map<String, Object> provenance = Map.of("seeds", seeds);
        TrainedModel model = new TrainedModel(spec, Mlp.build(spec, SEED), FeatureSpec.floatVector("x", "y", 2), provenance, metrics);

        assertThat(model.metrics()).containsEntry("accuracy", 0.5).containsEntry("log_loss", null)
                .containsEntry("samples", 10L).containsEntry("activation", "relu");
        seeds.add(3);
        assertThat(model.provenance()).isEqualTo(Map.of("seeds", List.of(1L, 2L)));
        assertThatThrownBy(() -> model.provenance().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);

        Map<String, Object> bad = Map.of("trainer", Map.of("started", Instant.EPOCH));
        assertThatThrownBy(() -> new TrainedModel(spec, Mlp.build(spec, SEED), FeatureSpec.floatVector("x", "y", 2), bad, Map.of()))
                .hasMessage("provenance.trainer.started is a java.time.Instant, which a model file cannot store; "
                        + "use a string, number, boolean, list or map");
    }
}
