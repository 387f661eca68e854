package ai.refinery.quality.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueCountsTest {
    private static ValueCounts of(int maxDistinct, Object... values) {
        ValueCounts c = new ValueCounts(maxDistinct);
        for (Object v : values) c.add(v);
        return c;
    }

    @Test
    void modeIsTheMostFrequentValueAndTiesGoToTheSmallest() {
        assertThat(of(10, "b", "a", "b", null, Double.NaN).mode()).isEqualTo("b");
        assertThat(of(10, "b", "a", "a", "b").mode()).isEqualTo("a");
        assertThat(of(10, 3L, 2L, 3L, 2L).mode()).isEqualTo(2L);
        assertThat(of(10, 1.0, 1L).mode()).as("1 before 1.0").isEqualTo(1L);
        assertThat(of(10, -0.0, 0.0).countOf(0.0)).as("-0.0 and 0.0 are one value").isEqualTo(2);
    }

    @Test
    void mergingGivesWhatOneBatchGives() {
        ValueCounts a = of(3, "x", "y");
        ValueCounts b = of(3, "y", "z");
        a.merge(b);
        assertThat(a.mode()).isEqualTo("y");
        assertThat(a.count()).isEqualTo(4);
        ValueCounts small = of(3, "p", "q");
        small.merge(of(3, "r", "s"));
        assertThat(small.overflowed()).as("the union has 4 distinct values").isTrue();
        assertThat(of(3, "p", "q", "r", "s").overflowed()).isTrue();
    }

    @Test
    void stopsCountingBeyondMaxDistinctAndSaysSo() {
        ValueCounts c = of(2, "a", "b", "c");
        assertThatThrownBy(c::mode).isInstanceOf(IllegalStateException.class).hasMessage("more than 2 distinct values");
        assertThat(c.count()).isEqualTo(3);
        assertThatThrownBy(() -> of(2).mode()).hasMessage("no values");
    }

    @Test
    void listsAndBytesAreOthers() {
        ValueCounts c = of(10, Arrays.asList(List.of(1L), new byte[] {1}, "a").toArray());
        assertThat(c.others()).isEqualTo(2);
        assertThat(c.count()).isEqualTo(1);
    }
}
