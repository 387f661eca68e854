package ai.refinery.learn.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScheduleTest {
    @Test
    void constantNeverChanges() {
        LearningRateSchedule s = ScheduleConfig.constant().build(0.1, 10);
        assertThat(s.rate(0)).isEqualTo(0.1);
        assertThat(s.rate(9.99)).isEqualTo(0.1);
    }

    @Test
    void stepMultipliesByGammaEveryNEpochs() {
        LearningRateSchedule s = ScheduleConfig.step(2, 0.5).build(0.1, 10);
        assertThat(s.rate(0)).isEqualTo(0.1);
        assertThat(s.rate(1.99)).isEqualTo(0.1);
        assertThat(s.rate(2)).isEqualTo(0.05);
        assertThat(s.rate(3.5)).isEqualTo(0.05);
        assertThat(s.rate(4)).isEqualTo(0.025);
        assertThat(s.rate(9)).isCloseTo(0.1 / 16, within(1e-15));
    }

    @Test
    void cosineFallsFromTheBaseToTheMinimumOverTheEpochs() {
        LearningRateSchedule s = ScheduleConfig.cosine(0.1).build(1.0, 10);
        assertThat(s.rate(0)).isEqualTo(1.0);
        assertThat(s.rate(5)).isCloseTo(0.55, within(1e-12));
        assertThat(s.rate(2.5)).isCloseTo(0.1 + 0.9 * (1 + Math.cos(Math.PI / 4)) / 2, within(1e-12));
        assertThat(s.rate(10)).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void warmupRisesLinearlyThenTheScheduleRunsOverTheRemainingEpochs() {
        LearningRateSchedule s = ScheduleConfig.cosine(0.1).withWarmup(2).build(1.0, 10);
        assertThat(s.rate(0)).isEqualTo(0.0);
        assertThat(s.rate(0.5)).isEqualTo(0.25);
        assertThat(s.rate(1)).isEqualTo(0.5);
        assertThat(s.rate(2)).isEqualTo(1.0);
        assertThat(s.rate(6)).isCloseTo(0.55, within(1e-12)); // half-way through the 8 cosine epochs
        assertThat(s.rate(10)).isCloseTo(0.1, within(1e-12));

        LearningRateSchedule step = ScheduleConfig.step(1, 0.5).withWarmup(1).build(0.2, 5);
        assertThat(step.rate(0.5)).isEqualTo(0.1);
        assertThat(step.rate(1)).isEqualTo(0.2);
        assertThat(step.rate(2)).isEqualTo(0.1);
    }

    @Test
    void configIsValidated() {
        assertThatThrownBy(() -> ScheduleConfig.step(0, 0.5)).hasMessageContaining("step_epochs must be >= 1, got 0");
        assertThatThrownBy(() -> ScheduleConfig.step(1, 0)).hasMessageContaining("gamma");
        assertThatThrownBy(() -> ScheduleConfig.cosine(-1)).hasMessageContaining("min_learning_rate");
        assertThatThrownBy(() -> ScheduleConfig.constant().withWarmup(-1)).hasMessageContaining("warmup_epochs");
        assertThatThrownBy(() -> ScheduleConfig.constant().withWarmup(5).build(0.1, 5))
                .hasMessageContaining("warmup_epochs (5.0) must be fewer than the epochs (5)");
        assertThatThrownBy(() -> ScheduleConfig.cosine(2).build(1, 10)).hasMessageContaining("min_learning_rate 2.0 exceeds the learning rate 1.0");
    }
}
