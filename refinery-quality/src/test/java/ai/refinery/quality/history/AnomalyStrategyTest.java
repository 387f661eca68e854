package ai.refinery.quality.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnomalyStrategyTest {
    @Test
    void relativeChangeComparesWithTheLastVersion() {
        AnomalyStrategy s = new AnomalyStrategy.RelativeChange(0.1);
        assertThat(s.judge(109, List.of(50.0, 100.0))).isNull();
        assertThat(s.judge(111, List.of(50.0, 100.0))).contains("11.00%").contains("100");
        assertThat(s.judge(89, List.of(100.0))).contains("11.00%");
        assertThat(s.judge(5, List.of())).as("no history: nothing to compare").isNull();
        assertThat(s.judge(1, List.of(0.0))).as("any change from zero is unbounded").isNotNull();
        assertThat(s.judge(0, List.of(0.0))).isNull();
    }

    @Test
    void absoluteChangeComparesWithTheLastVersion() {
        AnomalyStrategy s = new AnomalyStrategy.AbsoluteChange(2);
        assertThat(s.judge(12, List.of(10.0))).isNull();
        assertThat(s.judge(12.5, List.of(10.0))).contains("2.5");
    }

    @Test
    void standardDeviationsNeedThreePastValues() {
        AnomalyStrategy s = new AnomalyStrategy.StdDevs(3);
        assertThat(s.judge(1000, List.of(10.0, 11.0))).isNull();
        // past mean 10, sample stddev 1
        List<Double> past = List.of(9.0, 10.0, 11.0);
        assertThat(s.judge(12.9, past)).isNull();
        assertThat(s.judge(13.1, past)).contains("3.10 standard deviations").contains("mean 10");
        assertThat(s.judge(6.9, past)).contains("3.10");
        assertThat(new AnomalyStrategy.StdDevs(3).judge(10.5, List.of(10.0, 10.0, 10.0))).contains("infinitely many");
    }
}
