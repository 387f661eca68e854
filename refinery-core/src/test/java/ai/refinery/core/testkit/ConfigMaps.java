package ai.refinery.core.testkit;

import ai.refinery.core.config.ConfigBinder;
import ai.refinery.core.config.ConfigNode;
import ai.refinery.core.config.Mark;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Operator settings written as Java maps, as YAML would give them: {@code Map.of("fields", List.of("a"))}.
 * Binding goes through {@link ConfigBinder}, so tests see the same validation and messages as recipes.
 */
public final class ConfigMaps {
    private ConfigMaps() {}

    /** A YAML-like tree of {@code settings}: maps, lists and scalars (ints become longs, enums their lower-case name). */
    public static ConfigNode toNode(Map<String, ?> settings, String source) {
        return node(settings, Mark.of(source));
    }

    public static <C extends java.lang.Record> C bind(OperatorProvider<C> provider, Map<String, ?> settings) {
        return ConfigBinder.bind(toNode(settings, "test settings"), provider.configType(), provider.name());
    }

    /** Binds {@code settings} and creates the operator, as the engine does for a pipeline step. */
    public static Operator create(OperatorProvider<?> provider, Map<String, ?> settings, OperatorContext context) {
        return createTyped(provider, settings, context);
    }

    private static <C extends java.lang.Record> Operator createTyped(OperatorProvider<C> provider, Map<String, ?> settings,
                                                                 OperatorContext context) {
        Operator op = provider.create(bind(provider, settings), context);
        if (op == null) throw new AssertionError(provider.name() + ": create() returned null");
        return op;
    }

    private static ConfigNode node(Object value, Mark mark) {
        if (value instanceof ConfigNode n) return n;
        if (value instanceof Map<?, ?> map) {
            Map<String, ConfigNode> entries = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) entries.put(String.valueOf(e.getKey()), node(e.getValue(), mark));
            return ConfigNode.map(entries, Map.of(), mark);
        }
        if (value instanceof List<?> list) {
            List<ConfigNode> items = new ArrayList<>();
            for (Object o : list) items.add(node(o, mark));
            return ConfigNode.list(items, mark);
        }
        return ConfigNode.scalar(scalar(value), mark);
    }

    private static Object scalar(Object v) {
        if (v == null || v instanceof String || v instanceof Long || v instanceof Double || v instanceof Boolean) return v;
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) return ((Number) v).longValue();
        if (v instanceof Float f) return f.doubleValue();
        if (v instanceof Enum<?> e) return e.name().toLowerCase(Locale.ROOT);
        return v.toString();
    }
}
