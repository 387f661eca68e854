package ai.refinery.learn.optim;

import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.learn.nn.Parameter;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradientClippingTest {
    @Test
    void theGlobalNormSpansAllParameters() {
        Parameter a = Params.weight("a", 0, 0);
        Parameter b = Params.bias("b", 0);
        Params.setGradient(a, 3, 4);
        Params.setGradient(b, 12);
        assertThat(GradientClipping.globalNorm(List.of(a, b))).isEqualTo(13.0);
    }

    @Test
    void gradientsAboveTheThresholdAreScaledTogetherKeepingTheirDirection() {
        Parameter a = Params.weight("a", 0, 0);
        Parameter b = Params.bias("b", 0);
        Params.setGradient(a, 3, 4);
        Params.setGradient(b, 12);
        assertThat(GradientClipping.clip(List.of(a, b), 6.5)).isEqualTo(13.0);
        assertThat(a.gradient().data()).containsExactly(1.5f, 2f);
        assertThat(b.gradient().data()).containsExactly(6f);
        assertThat(GradientClipping.globalNorm(List.of(a, b))).isEqualTo(6.5);
    }

    @Test
    void gradientsBelowTheThresholdAreUntouched() {
        Parameter a = Params.weight("a", 0, 0);
        Params.setGradient(a, 3, 4);
        assertThat(GradientClipping.clip(List.of(a), 5)).isEqualTo(5.0);
        assertThat(a.gradient().data()).containsExactly(3f, 4f);
    }

    @Test
    void aNonFiniteNormIsReportedNotSpread() {
        Parameter a = Params.weight("a", 0, 0);
        Params.setGradient(a, Float.NaN, 1);
        assertThat(GradientClipping.clip(List.of(a), 1)).isNaN();
        assertThat(a.gradient().data()[1]).isEqualTo(1f);
    }
}
