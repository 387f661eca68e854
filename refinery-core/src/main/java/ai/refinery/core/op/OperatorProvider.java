package ai.refinery.core.op;

import ai.refinery.core.config.ConfigBinder;
import ai.refinery.core.config.SettingInfo;
import java.util.List;

/**
 * Makes operators of one kind from their validated config. Found by {@link java.util.ServiceLoader}
 * (list implementations in {@code META-INF/services/ai.refinery.core.op.OperatorProvider}) under a
 * stable {@link #name()} that recipes use.
 *
 * @param <C> the config record; it validates itself in its compact constructor and documents each
 *            component with {@link ai.refinery.core.config.Setting}
 */
public abstract class OperatorProvider<C extends java.lang.Record> {
    private final String name;
    private final String description;
    private final Class<C> configType;

    protected OperatorProvider(String name, String description, Class<C> configType) {
        this.name = name;
        this.description = description;
        this.configType = configType;
    }

    /** Stable name used in recipes, lower snake_case. */
    public final String name() { return name; }

    /** One line: what the operator does. */
    public final String description() { return description; }

    public final Class<C> configType() { return configType; }

    public final List<SettingInfo> settings() { return ConfigBinder.describe(configType); }

    public abstract Operator create(C config, OperatorContext context);

    /** The kind shown in help: mapper, filter, flat_mapper or grouped. */
    public static String kindOf(Operator op) {
        if (op instanceof GroupedOperator) return "grouped";
        if (op instanceof RecordFilter) return "filter";
        if (op instanceof RecordFlatMapper) return "flat_mapper";
        return "mapper";
    }
}
