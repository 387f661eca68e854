package ai.refinery.quality.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Sketch-mode columns whose chunks are nearly all distinct skip the chunk's exact count table. */
class DirectCountingTest {
    private static final ValueCounts.Spill NO_NUMBERS = counts -> {};

    @Test
    void misraGriesUndercountsByAtMostItsDecrements() {
        Random rnd = new Random(7);
        MisraGries mg = new MisraGries(16);
        Map<String, Integer> truth = new HashMap<>();
        int n = 5000;
        for (int i = 0; i < n; i++) {
            String v = rnd.nextInt(4) == 0 ? "hot" + rnd.nextInt(4) : "v" + rnd.nextInt(2000);
            truth.merge(v, 1, Integer::sum);
            mg.add(v, ValueHashes.ofString(v));
        }
        assertThat(mg.decrements()).isLessThanOrEqualTo(n / 17);
        Map<Object, Long> kept = new HashMap<>();
        for (int i = 0; i < mg.size(); i++) kept.put(mg.key(i), mg.count(i));
        for (Map.Entry<String, Integer> e : truth.entrySet()) {
            long counted = kept.getOrDefault(e.getKey(), 0L);
            assertThat(counted).isLessThanOrEqualTo(e.getValue());
            assertThat(e.getValue() - counted).isLessThanOrEqualTo(mg.decrements());
        }
        for (int h = 0; h < 4; h++) assertThat(kept).containsKey("hot" + h);
        mg.clear();
        assertThat(mg.size()).isZero();
        assertThat(mg.decrements()).isZero();
    }

    @Test
    void aNearlyDistinctColumnGoesDirectAndBackWhenItStopsBeingDistinct() {
        ValueCounts c = new ValueCounts(1024, 12, 20, 0, true, NO_NUMBERS);
        for (int i = 0; i < 1024; i++) c.add("u" + i, ValueHashes.ofString("u" + i));
        assertThat(c.isDirect()).isFalse();
        c.drain();
        assertThat(c.isDirect()).isTrue();
        assertThat(c.measuredNearDistinct()).isTrue();
        // direct chunks until the re-check, which counts a chunk exactly again
        for (int chunk = 1; chunk <= ValueCounts.RECHECK_EVERY; chunk++) {
            for (int i = 0; i < 1024; i++) c.add("x" + chunk + "-" + (i % 10), ValueHashes.ofString("x" + chunk + "-" + (i % 10)));
            c.drain();
        }
        assertThat(c.isDirect()).isFalse();
        for (int i = 0; i < 1024; i++) c.add("y" + (i % 10), ValueHashes.ofString("y" + (i % 10)));
        c.drain();
        assertThat(c.isDirect()).isFalse();
        assertThat(c.measuredNearDistinct()).isFalse();
        // every value of the few-valued chunks is reported, none of the distinct ones
        assertThat(c.top(50)).extracting(TopValue::value).allMatch(v -> !((String) v).startsWith("u"));
        assertThat(c.top(50)).extracting(TopValue::value).contains("y0", "x1-0");
    }
}
