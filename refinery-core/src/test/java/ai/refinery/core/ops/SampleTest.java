package ai.refinery.core.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.ConfigMaps;
import ai.refinery.core.testkit.OperatorHarness;
import ai.refinery.core.testkit.OperatorHarness.Result;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SampleTest {
    private static final int N = 100_000;
    private static final long SEED = 20240611L;

    private static Operator sample(Map<String, Object> settings, long contextSeed) {
        return ConfigMaps.create(new Sample.Provider(), settings, OperatorContext.forTest(contextSeed));
    }

    private static List<Record> records(int n) {
        List<Record> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(Record.builder("doc-" + i).set("n", (long) i).build());
        return out;
    }

    @Test
    void keepsAboutTheFraction() {
        List<Record> input = records(N);
        for (double fraction : new double[] {0.01, 0.3, 0.5, 0.9}) {
            Result r = OperatorHarness.run(sample(Map.of("fraction", fraction), SEED), input);
            // The standard deviation of the kept share is at most 0.0016 for 100k records.
            assertThat(r.kept().size() / (double) N).as("fraction %s", fraction).isCloseTo(fraction, within(0.01));
            assertThat(r.dropCounts().keySet()).containsExactly("sampled_out");
        }
    }

    @Test
    void fractionOneKeepsEverything() {
        assertThat(OperatorHarness.run(sample(Map.of("fraction", 1), SEED), records(1000)).kept()).hasSize(1000);
    }

    @Test
    void decisionDependsOnTheRecordIdNotOrderOrBatches() {
        List<Record> input = records(20_000);
        Operator op = sample(Map.of("fraction", 0.2), SEED);
        Set<String> kept = new HashSet<>(OperatorHarness.run(op, input).keptIds());

        List<Record> shuffled = new ArrayList<>(input);
        Collections.shuffle(shuffled, new Random(7));
        assertThat(new HashSet<>(OperatorHarness.run(op, shuffled, 333).keptIds())).isEqualTo(kept);

        Operator again = sample(Map.of("fraction", 0.2), SEED);
        assertThat(new HashSet<>(OperatorHarness.run(again, input.subList(0, 5000)).keptIds()))
                .isEqualTo(kept.stream().filter(id -> Integer.parseInt(id.substring(4)) < 5000).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void seedComesFromTheContextUnlessConfigured() {
        List<Record> input = records(5000);
        List<String> a = OperatorHarness.run(sample(Map.of("fraction", 0.5), 1), input).keptIds();
        List<String> b = OperatorHarness.run(sample(Map.of("fraction", 0.5), 2), input).keptIds();
        assertThat(a).isNotEqualTo(b);
        List<String> c = OperatorHarness.run(sample(Map.of("fraction", 0.5, "seed", 42), 1), input).keptIds();
        List<String> d = OperatorHarness.run(sample(Map.of("fraction", 0.5, "seed", 42), 2), input).keptIds();
        assertThat(c).isEqualTo(d);
        assertThat(OperatorHarness.run(sample(Map.of("fraction", 0.5), 42), input).keptIds()).isEqualTo(c);
    }

    @Test
    void smallerFractionsKeepSubsets() {
        List<Record> input = records(10_000);
        Set<String> tenth = new HashSet<>(OperatorHarness.run(sample(Map.of("fraction", 0.1), SEED), input).keptIds());
        Set<String> half = new HashSet<>(OperatorHarness.run(sample(Map.of("fraction", 0.5), SEED), input).keptIds());
        assertThat(half).containsAll(tenth);
    }
}
