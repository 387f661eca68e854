package ai.refinery.learn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.learn.nn.TestSeeds;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetTest {
    private static final long SEED = TestSeeds.seed();

    @Test
    void wrapsTheArraysWithoutCopying() {
        float[] x = {1, 2, 3, 4, 5, 6};
        Dataset d = new Dataset(x, 2, new int[] {0, 1, 1}, 2);
        assertThat(d.features().data()).isSameAs(x);
        assertThat(d.size()).isEqualTo(3);
        float[] row = new float[2];
        d.copyFeatures(2, row, 0);
        assertThat(row).containsExactly(5, 6);
    }

    @Test
    void aSubsetIsAViewInTheGivenOrder() {
        Dataset d = new Dataset(new float[] {10, 11, 12, 13}, 1, new int[] {0, 1, 2, 3}, 4);
        Dataset s = d.subset(new int[] {3, 1});
        assertThat(s.labels()).containsExactly(3, 1);
        assertThat(s.features().data()).containsExactly(13, 11);
        assertThat(s.subset(new int[] {1}).labels()).containsExactly(1);
    }

    @Test
    void aSeededSplitPartitionsTheRows() {
        int n = 1000;
        float[] x = new float[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) x[i] = i;
        Dataset d = new Dataset(x, 1, y, 1);
        Dataset.Split split = d.split(0.2, SEED);
        assertThat(split.validation().size()).isEqualTo(200);
        assertThat(split.train().size()).isEqualTo(800);
        Set<Float> seen = new HashSet<>();
        for (float v : split.train().features().data()) seen.add(v);
        for (float v : split.validation().features().data()) assertThat(seen.add(v)).as("seed=%d", SEED).isTrue();
        assertThat(seen).hasSize(n);
        assertThat(d.split(0.2, SEED).validation().features().data()).containsExactly(split.validation().features().data());
        assertThat(d.split(0.2, SEED + 1).validation().features().data()).isNotEqualTo(split.validation().features().data());
    }

    @Test
    void badInputIsRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> new Dataset(new float[5], 2, new int[] {0, 1}, 2)).hasMessageContaining("need 4 feature values, got 5");
        assertThatThrownBy(() -> new Dataset(new float[4], 2, new int[] {0, 2}, 2)).hasMessageContaining("label 2 of row 1 is outside [0, 2)");
        Dataset d = new Dataset(new float[4], 2, new int[] {0, 1}, 2);
        assertThatThrownBy(() -> d.split(0.1, 1)).hasMessageContaining("leaves 0 for validation");
        assertThatThrownBy(() -> d.subset(new int[] {2})).hasMessageContaining("row 2 is outside [0, 2)");
    }
}
