package ai.refinery.quality.ops;

import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.ConfigMaps;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers for the cleaning operators' tests. */
final class Recs {
    private Recs() {}

    /** A record from alternating field names and values: {@code rec("r1", "age", 37L, "city", "Berlin")}. */
    static Record rec(String id, Object... namesAndValues) {
        Record.Builder b = Record.builder(id);
        for (int i = 0; i < namesAndValues.length; i += 2) b.set((String) namesAndValues[i], namesAndValues[i + 1]);
        return b.build();
    }

    /** A map keeping the given order, as YAML mappings do (Map.of does not). */
    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }

    /** Settings bound as a recipe's would be, with the same validation and messages. */
    static <C extends java.lang.Record> C bind(OperatorProvider<C> provider, Map<String, ?> settings) {
        return ConfigMaps.bind(provider, settings);
    }

    static Operator create(OperatorProvider<?> provider, Map<String, ?> settings) {
        return ConfigMaps.create(provider, settings, OperatorContext.forTest(1));
    }
}
