package ai.refinery.learn.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.learn.nn.Parameter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SgdTest {
    @Test
    void plainStepIsWeightMinusRateTimesGradientExactly() {
        Parameter w = Params.weight("w", 1f, -2f, 0.3f);
        Params.setGradient(w, 0.5f, 0.25f, -3f);
        new Sgd(SgdConfig.of(0.1)).step(List.of(w), 0.1);
        assertThat(w.value().data()).containsExactly(1f - 0.1f * 0.5f, -2f - 0.1f * 0.25f, 0.3f - 0.1f * -3f);
    }

    @Test
    void momentumAccumulatesVelocity() {
        Parameter w = Params.weight("w", 1f);
        Sgd sgd = new Sgd(new SgdConfig(0.1, 0.9, false, 0));
        Params.setGradient(w, 0.5f);
        sgd.step(List.of(w), 0.1);
        float v1 = 0.5f;
        float w1 = 1f - 0.1f * v1;
        assertThat(w.value().data()[0]).isEqualTo(w1);
        Params.setGradient(w, -0.2f);
        sgd.step(List.of(w), 0.1);
        float v2 = 0.9f * v1 + -0.2f;
        assertThat(w.value().data()[0]).isEqualTo(w1 - 0.1f * v2);
        assertThat(sgd.steps()).isEqualTo(2);
    }

    @Test
    void nesterovLooksAheadAlongTheVelocity() {
        Parameter w = Params.weight("w", 1f);
        Sgd sgd = new Sgd(new SgdConfig(0.1, 0.9, true, 0));
        Params.setGradient(w, 0.5f);
        sgd.step(List.of(w), 0.1);
        float v1 = 0.5f;
        float w1 = 1f - 0.1f * (0.5f + 0.9f * v1);
        assertThat(w.value().data()[0]).isEqualTo(w1);
        Params.setGradient(w, -0.2f);
        sgd.step(List.of(w), 0.1);
        float v2 = 0.9f * v1 + -0.2f;
        assertThat(w.value().data()[0]).isEqualTo(w1 - 0.1f * (-0.2f + 0.9f * v2));
    }

    @Test
    void weightDecayAddsAnL2TermToWeightsButNotBiases() {
        Parameter w = Params.weight("w", 2f);
        Parameter b = Params.bias("b", 2f);
        Params.setGradient(w, 0.5f);
        Params.setGradient(b, 0.5f);
        new Sgd(new SgdConfig(0.1, 0, false, 0.01)).step(List.of(w, b), 0.1);
        assertThat(w.value().data()[0]).isEqualTo(2f - 0.1f * (0.5f + 0.01f * 2f));
        assertThat(b.value().data()[0]).isEqualTo(2f - 0.1f * 0.5f);
    }

    @Test
    void usesTheScheduledRateNotTheConfiguredOne() {
        Parameter w = Params.weight("w", 1f);
        Params.setGradient(w, 1f);
        new Sgd(SgdConfig.of(0.1)).step(List.of(w), 0.5);
        assertThat(w.value().data()[0]).isEqualTo(0.5f);
    }

    @Test
    void convergesOnAConvexQuadratic() {
        assertThat(Params.minimizeQuadratic(new Sgd(SgdConfig.of(0.05)), 500, 0.05)).isLessThan(1e-4);
        assertThat(Params.minimizeQuadratic(new Sgd(new SgdConfig(0.02, 0.9, false, 0)), 500, 0.02)).isLessThan(1e-4);
        assertThat(Params.minimizeQuadratic(new Sgd(new SgdConfig(0.02, 0.9, true, 0)), 500, 0.02)).isLessThan(1e-4);
    }

    @Test
    void stateRoundTripsSoThatARestoredOptimizerContinuesIdentically() {
        Parameter a = Params.weight("a", 1f, 2f);
        Parameter b = Params.weight("a", 1f, 2f);
        Sgd first = new Sgd(new SgdConfig(0.1, 0.9, true, 0.01));
        Params.setGradient(a, 0.3f, -0.7f);
        first.step(List.of(a), 0.1);
        System.arraycopy(a.value().data(), 0, b.value().data(), 0, 2);
        Sgd second = new Sgd(new SgdConfig(0.1, 0.9, true, 0.01));
        second.restore(first.state());
        Params.setGradient(a, 0.2f, 0.1f);
        Params.setGradient(b, 0.2f, 0.1f);
        first.step(List.of(a), 0.1);
        second.step(List.of(b), 0.1);
        assertThat(b.value().data()).containsExactly(a.value().data());
        assertThat(second.steps()).isEqualTo(2);
        assertThat(first.state().slots()).containsOnlyKeys("a.velocity");
    }

    @Test
    void anOptimizerStaysWithItsParameters() {
        Sgd sgd = new Sgd(SgdConfig.of(0.1));
        sgd.step(List.of(Params.weight("w", 1f)), 0.1);
        assertThatThrownBy(() -> sgd.step(List.of(Params.weight("w", 1f)), 0.1)).hasMessageContaining("one optimizer per model");
    }

    @Test
    void configIsValidated() {
        assertThatThrownBy(() -> SgdConfig.of(0)).hasMessageContaining("learning_rate must be a finite number > 0, got 0.0");
        assertThatThrownBy(() -> new SgdConfig(0.1, 1, false, 0)).hasMessageContaining("momentum must be in [0, 1), got 1.0");
        assertThatThrownBy(() -> new SgdConfig(0.1, 0, true, 0)).hasMessageContaining("nesterov needs momentum > 0");
        assertThatThrownBy(() -> new SgdConfig(0.1, 0, false, -1)).hasMessageContaining("weight_decay");
        assertThatThrownBy(() -> SgdConfig.of(Double.NaN)).hasMessageContaining("NaN");
    }
}
