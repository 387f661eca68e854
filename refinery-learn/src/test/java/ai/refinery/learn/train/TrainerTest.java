package ai.refinery.learn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.refinery.learn.metrics.ClassificationReport;
import ai.refinery.learn.nn.LossFunction;
import ai.refinery.learn.nn.Mlp;
import ai.refinery.learn.nn.MlpSpec;
import ai.refinery.learn.nn.Parameter;
import ai.refinery.learn.nn.Sequential;
import ai.refinery.learn.nn.TestSeeds;
import ai.refinery.learn.optim.Adam;
import ai.refinery.learn.optim.AdamConfig;
import ai.refinery.learn.optim.AdamW;
import ai.refinery.learn.optim.ScheduleConfig;
import ai.refinery.learn.optim.Sgd;
import ai.refinery.learn.optim.SgdConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainerTest {
    private static final long SEED = TestSeeds.seed();

    @TempDir
    Path dir;

    @Test
    void reachesFullTrainingAccuracyOnSeparableBlobs() {
        Dataset blobs = Blobs.of(200, SEED);
        Sequential model = Mlp.build(MlpSpec.of(2, 2, 8), SEED);
        TrainingResult result = new Trainer(TrainerConfig.of(10, 16, SEED), new Sgd(SgdConfig.of(0.1))).fit(model, blobs, null);
        assertThat(result.epochsRun()).isEqualTo(10);
        assertThat(result.last().trainAccuracy()).as("seed=%d", SEED).isEqualTo(1.0);
        ClassificationReport report = ClassificationReport.of(model.predictProbabilities(blobs.features()), blobs.labels(), 2);
        assertThat(report.accuracy()).as("seed=%d", SEED).isEqualTo(1.0);
        assertThat(result.history().get(0).trainLoss()).isGreaterThan(result.last().trainLoss());
    }

    @Test
    void meanSquaredErrorAndAdamAlsoSeparateTheBlobs() {
        Dataset blobs = Blobs.of(200, SEED);
        Sequential model = Mlp.build(MlpSpec.of(2, 2, 8), SEED);
        TrainerConfig config = TrainerConfig.of(20, 16, SEED).withLoss(LossFunction.MEAN_SQUARED_ERROR);
        TrainingResult result = new Trainer(config, new Adam(AdamConfig.of(0.03))).fit(model, blobs, null);
        assertThat(result.last().trainAccuracy()).as("seed=%d", SEED).isEqualTo(1.0);
    }

    @Test
    void theSameSeedGivesBitIdenticalWeights() {
        TrainerConfig config = TrainerConfig.of(2, 16, SEED).withValidationFraction(0.2).withClipNorm(1.0)
                .withSchedule(ScheduleConfig.cosine(0.001).withWarmup(0.5));
        MlpSpec spec = MlpSpec.of(2, 2, 16, 8).withDropout(0.2);
        Sequential a = Mlp.build(spec, SEED);
        Sequential b = Mlp.build(spec, SEED);
        Dataset blobs = Blobs.of(150, SEED);
        TrainingResult ra = new Trainer(config, new AdamW(AdamConfig.of(0.01).withWeightDecay(0.01))).fit(a, blobs, null);
        TrainingResult rb = new Trainer(config, new AdamW(AdamConfig.of(0.01).withWeightDecay(0.01))).fit(b, blobs, null);
        assertSameWeights(a, b);
        assertThat(ra.last().validationLoss()).isEqualTo(rb.last().validationLoss());

        Sequential c = Mlp.build(spec, SEED);
        new Trainer(TrainerConfig.of(2, 16, SEED + 1).withValidationFraction(0.2), new Sgd(SgdConfig.of(0.1))).fit(c, blobs, null);
        Sequential d = Mlp.build(spec, SEED);
        new Trainer(TrainerConfig.of(2, 16, SEED).withValidationFraction(0.2), new Sgd(SgdConfig.of(0.1))).fit(d, blobs, null);
        assertThat(c.parameters().get(0).value().data()).as("another shuffling seed, seed=%d", SEED)
                .isNotEqualTo(d.parameters().get(0).value().data());
    }

    @Test
    void resumingFromACheckpointGivesTheSameWeightsAsAnUninterruptedRun() {
        MlpSpec spec = MlpSpec.of(2, 2, 16).withDropout(0.25);
        Dataset blobs = Blobs.of(130, SEED);
        TrainerConfig base = TrainerConfig.of(4, 16, SEED).withValidationFraction(0.25).withClipNorm(5)
                .withSchedule(ScheduleConfig.cosine(0.01).withWarmup(1));

        Sequential straight = Mlp.build(spec, SEED);
        TrainingResult uninterrupted = new Trainer(base.withCheckpointDir(dir.resolve("a").toString()),
                new Sgd(new SgdConfig(0.1, 0.9, true, 1e-4))).fit(straight, blobs, null);

        TrainerConfig config = base.withCheckpointDir(dir.resolve("b").toString());
        TrainingListener crashInEpoch3 = new TrainingListener() {
            @Override
            public void onEpochStart(int epoch, int epochs, int batches) {
                if (epoch == 3) throw new IllegalStateException("simulated crash");
            }
        };
        assertThatThrownBy(() -> new Trainer(config, new Sgd(new SgdConfig(0.1, 0.9, true, 1e-4)), crashInEpoch3)
                .fit(Mlp.build(spec, SEED), blobs, null)).hasMessage("simulated crash");
        assertThat(Checkpoint.read(dir.resolve("b")).epochsCompleted()).isEqualTo(2);

        Sequential resumed = Mlp.build(spec, SEED + 99); // weights and dropout state come from the checkpoint
        List<Integer> epochsSeen = new ArrayList<>();
        TrainingResult result = new Trainer(config, new Sgd(new SgdConfig(0.1, 0.9, true, 1e-4)), new TrainingListener() {
            @Override
            public void onEpochEnd(EpochResult r) {
                epochsSeen.add(r.epoch());
            }
        }).resume(resumed, blobs, null);

        assertSameWeights(straight, resumed);
        assertThat(epochsSeen).containsExactly(3, 4);
        assertThat(result.epochsRun()).isEqualTo(4);
        for (int e = 0; e < 4; e++) {
            assertThat(result.history().get(e).trainLoss()).as("epoch %d, seed=%d", e + 1, SEED)
                    .isEqualTo(uninterrupted.history().get(e).trainLoss());
            assertThat(result.history().get(e).validationLoss()).isEqualTo(uninterrupted.history().get(e).validationLoss());
        }
    }

    @Test
    void resumeRefusesAnotherRunsCheckpointAndAMissingOrDamagedOne() throws Exception {
        Dataset blobs = Blobs.of(40, SEED);
        MlpSpec spec = MlpSpec.of(2, 2, 4);
        TrainerConfig config = TrainerConfig.of(1, 8, SEED).withCheckpointDir(dir.toString());
        assertThatThrownBy(() -> new Trainer(config, new Sgd(SgdConfig.of(0.1))).resume(Mlp.build(spec, SEED), blobs, null))
                .hasMessageContaining("no checkpoint to resume from").hasMessageContaining("last.ckpt");

        new Trainer(config, new Sgd(SgdConfig.of(0.1))).fit(Mlp.build(spec, SEED), blobs, null);
        assertThatThrownBy(() -> new Trainer(config.withEpochs(2).withClipNorm(1), new Sgd(SgdConfig.of(0.1)))
                .resume(Mlp.build(spec, SEED), blobs, null))
                .hasMessageContaining("belongs to a different run").hasMessageContaining("clipNorm=1.0");
        assertThatThrownBy(() -> new Trainer(config, new Sgd(SgdConfig.of(0.2))).resume(Mlp.build(spec, SEED), blobs, null))
                .hasMessageContaining("learning_rate=0.2");

        Path file = Checkpoint.file(dir);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        assertThatThrownBy(() -> new Trainer(config, new Sgd(SgdConfig.of(0.1))).resume(Mlp.build(spec, SEED), blobs, null))
                .hasMessageContaining("checksum mismatch");
    }

    @Test
    void resumingAFinishedRunReturnsItsResultWithoutTraining() {
        Dataset blobs = Blobs.of(40, SEED);
        MlpSpec spec = MlpSpec.of(2, 2, 4);
        TrainerConfig config = TrainerConfig.of(2, 8, SEED).withCheckpointDir(dir.toString());
        Sequential model = Mlp.build(spec, SEED);
        TrainingResult first = new Trainer(config, new Sgd(SgdConfig.of(0.1))).fit(model, blobs, null);
        Sequential again = Mlp.build(spec, SEED + 1);
        TrainingResult second = new Trainer(config, new Sgd(SgdConfig.of(0.1))).resume(again, blobs, null);
        assertThat(second.history()).isEqualTo(first.history());
        assertSameWeights(model, again);
    }

    @Test
    void aDivergingRunStopsNamingEpochAndBatchAndKeepsTheLastGoodCheckpoint() {
        Dataset blobs = Blobs.of(64, SEED);
        // epoch 1 at 0.1; from epoch 2 the rate is 1e39, which overflows float: the weights blow up at once
        TrainerConfig config = TrainerConfig.of(3, 16, SEED).withCheckpointDir(dir.toString())
                .withSchedule(ScheduleConfig.step(1, 1e40));
        TrainingDivergedException e = catchThrowableOfType(TrainingDivergedException.class,
                () -> new Trainer(config, new Sgd(SgdConfig.of(0.1))).fit(Mlp.build(MlpSpec.of(2, 2, 8), SEED), blobs, null));
        assertThat(e).as("seed=%d", SEED).isNotNull();
        assertThat(e.epoch()).isEqualTo(2);
        assertThat(e.batch()).isBetween(1, 4);
        assertThat(e.getMessage()).contains("training diverged in epoch 2, batch " + e.batch() + " of 4")
                .containsAnyOf("the loss is", "not finite").contains("Lower the learning rate").contains("last good checkpoint, after epoch 1, is kept")
                .contains(Checkpoint.file(dir).toString());

        Checkpoint kept = Checkpoint.read(dir);
        assertThat(kept.epochsCompleted()).isEqualTo(1);
        for (var t : kept.parameters().values()) {
            for (float v : t.data()) assertThat(Float.isFinite(v)).isTrue();
        }
    }

    @Test
    void aHugeRateFromTheStartFailsInTheFirstEpoch() {
        TrainerConfig config = TrainerConfig.of(2, 16, SEED).withSchedule(ScheduleConfig.step(1, 1e40).withWarmup(0));
        Sgd sgd = new Sgd(SgdConfig.of(1e39)); // finite as a double, infinite as the float the update uses
        assertThatThrownBy(() -> new Trainer(config, sgd).fit(Mlp.build(MlpSpec.of(2, 2, 8), SEED), Blobs.of(64, SEED), null))
                .isInstanceOf(TrainingDivergedException.class).hasMessageContaining("training diverged in epoch 1, batch");
    }

    @Test
    void earlyStoppingWatchesTheValidationLoss() {
        Dataset blobs = Blobs.of(100, SEED);
        Dataset getsWorse = Blobs.flipped(blobs);
        TrainerConfig config = TrainerConfig.of(20, 10, SEED).withEarlyStopping(2, TrainerConfig.Monitor.VAL_LOSS);
        TrainingResult r = new Trainer(config, new Sgd(SgdConfig.of(0.1))).fit(Mlp.build(MlpSpec.of(2, 2, 8), SEED), blobs, getsWorse);
        assertThat(r.stoppedEarly()).as("seed=%d", SEED).isTrue();
        assertThat(r.bestEpoch()).isEqualTo(1);
        assertThat(r.epochsRun()).isEqualTo(3);

        TrainerConfig byAccuracy = config.withEarlyStopping(3, TrainerConfig.Monitor.VAL_ACCURACY);
        TrainingResult a = new Trainer(byAccuracy, new Sgd(SgdConfig.of(0.1))).fit(Mlp.build(MlpSpec.of(2, 2, 8), SEED), blobs, getsWorse);
        assertThat(a.stoppedEarly()).isTrue();
        assertThat(a.epochsRun()).isEqualTo(a.bestEpoch() + 3);

        TrainingResult keepsGoing = new Trainer(config, new Sgd(SgdConfig.of(0.1))).fit(Mlp.build(MlpSpec.of(2, 2, 8), SEED), blobs, blobs);
        assertThat(keepsGoing.epochsRun()).isGreaterThan(3);
    }

    @Test
    void theListenerHearsEveryEpochAndBatchIncludingASmallerLastOne() {
        Dataset data = Blobs.of(103, SEED);
        List<BatchProgress> batches = new ArrayList<>();
        List<String> events = new ArrayList<>();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onEpochStart(int epoch, int epochs, int count) {
                events.add("start " + epoch + "/" + epochs + " " + count);
            }

            @Override
            public void onBatchEnd(BatchProgress p) {
                batches.add(p);
            }

            @Override
            public void onEpochEnd(EpochResult r) {
                events.add("end " + r.epoch());
            }
        };
        TrainerConfig config = TrainerConfig.of(2, 10, SEED).withValidationFraction(0.3);
        TrainingResult r = new Trainer(config, new Sgd(SgdConfig.of(0.1)), listener).fit(Mlp.build(MlpSpec.of(2, 2, 4), SEED), data, null);
        // 103 rows, 31 held out: 72 train in batches of 10 → 8 batches, the last of 2
        assertThat(events).containsExactly("start 1/2 8", "end 1", "start 2/2 8", "end 2");
        assertThat(batches).hasSize(16);
        assertThat(batches.get(7).batch()).isEqualTo(8);
        assertThat(batches.get(7).batches()).isEqualTo(8);
        for (BatchProgress p : batches) {
            assertThat(p.runningAccuracy()).isBetween(0.0, 1.0);
            assertThat(p.samplesPerSecond()).isPositive();
            assertThat(p.learningRate()).isEqualTo(0.1);
            assertThat(p.loss()).isFinite();
        }
        assertThat(r.last().hasValidation()).isTrue();
        assertThat(r.last().validationAccuracy()).isBetween(0.0, 1.0);
    }

    @Test
    void inconsistentSettingsAreRefusedBeforeTraining() {
        Dataset data = Blobs.of(20, SEED);
        Sequential model = Mlp.build(MlpSpec.of(2, 2, 4), SEED);
        Sgd sgd = new Sgd(SgdConfig.of(0.1));
        assertThatThrownBy(() -> new Trainer(TrainerConfig.of(1, 4, SEED).withValidationFraction(0.2), sgd).fit(model, data, data))
                .hasMessageContaining("both a validation set and validation_fraction");
        assertThatThrownBy(() -> new Trainer(TrainerConfig.of(1, 4, SEED).withEarlyStopping(2, TrainerConfig.Monitor.VAL_LOSS), sgd)
                .fit(model, data, null)).hasMessageContaining("early stopping (patience 2) needs a validation set");
        assertThatThrownBy(() -> new Trainer(TrainerConfig.of(1, 4, SEED), sgd).fit(Mlp.build(MlpSpec.of(3, 2), SEED), data, null))
                .hasMessageContaining("training set has 2 features per row but the model takes 3");
        assertThatThrownBy(() -> TrainerConfig.of(0, 4, 1)).hasMessageContaining("epochs must be >= 1, got 0");
        assertThatThrownBy(() -> TrainerConfig.of(2, 4, 1).withValidationFraction(1)).hasMessageContaining("validation_fraction must be in [0, 1)");
        assertThatThrownBy(() -> TrainerConfig.of(2, 4, 1).withSchedule(ScheduleConfig.constant().withWarmup(2)))
                .hasMessageContaining("warmup_epochs (2.0) must be fewer than epochs (2)");
    }

    private static void assertSameWeights(Sequential a, Sequential b) {
        for (int i = 0; i < a.parameters().size(); i++) {
            Parameter pa = a.parameters().get(i);
            assertThat(b.parameters().get(i).value().data()).as("%s, seed=%d", pa.name(), SEED).containsExactly(pa.value().data());
        }
        assertThat(b.randomStates()).containsExactly(a.randomStates());
    }
}
