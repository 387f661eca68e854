package ai.refinery.learn.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.refinery.learn.nn.Parameter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values computed by hand (Kingma and Ba 2015, Algorithm 1) in double: see each comment. */
class AdamTest {
    @Test
    void firstTwoStepsMatchHandComputedValues() {
        Parameter w = Params.weight("w", 1f);
        Adam adam = new Adam(AdamConfig.of(0.1));
        // t=1, g=0.5: m=0.05, v=0.00025, m̂=0.5, v̂=0.25 → w = 1 − 0.1·0.5/(0.5+1e-8) = 0.900000002
        Params.setGradient(w, 0.5f);
        adam.step(List.of(w), 0.1);
        assertThat((double) w.value().data()[0]).isCloseTo(0.900000002, within(1e-7));
        // t=2, g=−0.2: m=0.025, v=0.00028975, m̂=0.025/0.19, v̂=0.00028975/0.001999 → w = 0.8654394181
        Params.setGradient(w, -0.2f);
        adam.step(List.of(w), 0.1);
        assertThat((double) w.value().data()[0]).isCloseTo(0.8654394181, within(1e-6));
        assertThat(adam.state().slots().get("w.m")[0]).isCloseTo(0.025f, within(1e-8f));
        assertThat(adam.state().slots().get("w.v")[0]).isCloseTo(0.00028975f, within(1e-10f));
        assertThat(adam.state().steps()).isEqualTo(2);
    }

    @Test
    void adamWeightDecayIsAnL2TermInTheGradient() {
        Parameter w = Params.weight("w", 1f);
        Adam adam = new Adam(AdamConfig.of(0.1).withWeightDecay(0.1));
        // g + λw: t=1 g=0.6 → 0.9000000016667; t=2 g=−0.2+0.09=−0.11 → 0.8475190630
        Params.setGradient(w, 0.5f);
        adam.step(List.of(w), 0.1);
        assertThat((double) w.value().data()[0]).isCloseTo(0.9000000016667, within(1e-7));
        Params.setGradient(w, -0.2f);
        adam.step(List.of(w), 0.1);
        assertThat((double) w.value().data()[0]).isCloseTo(0.8475190630, within(1e-6));
    }

    @Test
    void adamWDecaysWeightsApartFromTheAdaptiveStep() {
        Parameter w = Params.weight("w", 1f);
        Parameter b = Params.bias("b", 1f);
        AdamW adamw = new AdamW(AdamConfig.of(0.1).withWeightDecay(0.1));
        // w ← w(1 − ηλ) − η·m̂/(√v̂+ε): t=1 → 0.99 − 0.1 = 0.890000002; t=2 → 0.8465394181
        Params.setGradient(w, 0.5f);
        Params.setGradient(b, 0.5f);
        adamw.step(List.of(w, b), 0.1);
        assertThat((double) w.value().data()[0]).isCloseTo(0.890000002, within(1e-7));
        assertThat((double) b.value().data()[0]).as("biases are not decayed").isCloseTo(0.900000002, within(1e-7));
        Params.setGradient(w, -0.2f);
        Params.setGradient(b, -0.2f);
        adamw.step(List.of(w, b), 0.1);
        assertThat((double) w.value().data()[0]).isCloseTo(0.8465394181, within(1e-6));
        assertThat((double) b.value().data()[0]).isCloseTo(0.8654394181, within(1e-6));
    }

    @Test
    void convergesOnAConvexQuadratic() {
        assertThat(Params.minimizeQuadratic(new Adam(AdamConfig.of(0.05)), 2000, 0.05)).isLessThan(1e-3);
        assertThat(Params.minimizeQuadratic(new AdamW(AdamConfig.of(0.05)), 2000, 0.05)).isLessThan(1e-3);
    }

    @Test
    void aRestoredOptimizerContinuesIdentically() {
        Parameter a = Params.weight("p", 1f, -1f);
        Parameter b = Params.weight("p", 1f, -1f);
        AdamW first = new AdamW(AdamConfig.of(0.01).withWeightDecay(0.05));
        for (float g : new float[] {0.3f, -0.1f, 0.7f}) {
            Params.setGradient(a, g, 2 * g);
            first.step(List.of(a), 0.01);
        }
        AdamW second = new AdamW(AdamConfig.of(0.01).withWeightDecay(0.05));
        second.restore(first.state());
        System.arraycopy(a.value().data(), 0, b.value().data(), 0, 2);
        Params.setGradient(a, 0.4f, 0.8f);
        Params.setGradient(b, 0.4f, 0.8f);
        first.step(List.of(a), 0.01);
        second.step(List.of(b), 0.01);
        assertThat(b.value().data()).containsExactly(a.value().data());
        assertThat(second.steps()).isEqualTo(4);
    }

    @Test
    void aStateOfOtherShapesIsRefused() {
        Adam source = new Adam(AdamConfig.of(0.1));
        Parameter p = Params.weight("p", 1f, 2f);
        source.step(List.of(p), 0.1);
        Adam target = new Adam(AdamConfig.of(0.1));
        target.restore(source.state());
        assertThatThrownBy(() -> target.step(List.of(Params.weight("p", 1f)), 0.1)).hasMessageContaining("p.m has 2 values, the parameter has 1");
    }

    @Test
    void configIsValidated() {
        assertThatThrownBy(() -> new AdamConfig(0.001, 1, 0.999, 1e-8, 0)).hasMessageContaining("beta1 must be in [0, 1), got 1.0");
        assertThatThrownBy(() -> new AdamConfig(0.001, 0.9, -0.1, 1e-8, 0)).hasMessageContaining("beta2");
        assertThatThrownBy(() -> new AdamConfig(0.001, 0.9, 0.999, 0, 0)).hasMessageContaining("epsilon must be a finite number > 0");
        assertThatThrownBy(() -> new AdamConfig(-1, 0.9, 0.999, 1e-8, 0)).hasMessageContaining("learning_rate");
    }
}
