package ai.refinery.quality.ops;

import ai.refinery.core.ops.FieldNames;
import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import ai.refinery.core.util.TextNormalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps categorical synonyms to canonical values: {@code mapping: {Male: [M, male, man]}} turns
 * {@code M} into {@code Male}. A canonical value maps to itself. Values are compared as text (the
 * number 1 matches the synonym '1'), trimmed, and with {@code case_insensitive} ignoring letter
 * case. Values in no list are kept, set to null or quarantined ({@code unmapped}).
 */
public final class MapValues implements RecordMapper {
    private static final long serialVersionUID = 1L;

    private final List<String> fields;
    private final HashMap<String, String> canonicalByKey = new HashMap<>();
    private final List<String> canonicals;
    private final boolean caseInsensitive;
    private final boolean trim;
    private final OnError unmapped;

    public MapValues(Config c) {
        this.fields = c.fields();
        this.caseInsensitive = c.caseInsensitive();
        this.trim = c.trim();
        this.unmapped = c.unmapped();
        this.canonicals = List.copyOf(c.mapping().keySet());
        index(c.mapping(), c.caseInsensitive(), c.trim(), canonicalByKey);
    }

    public record Config(
            @Setting("Fields to map.") List<String> fields,
            @Setting("Canonical value to its synonyms, e.g. {Male: [M, male, man], Female: [F, female, woman]}.")
            Map<String, List<Object>> mapping,
            @Setting(value = "Compare ignoring letter case ('MALE' matches 'male').", defaultValue = "false")
            boolean caseInsensitive,
            @Setting(value = "Compare with the whitespace at the ends removed.", defaultValue = "true")
            boolean trim,
            @Setting(value = "What to do with a value in no list: keep it, set_null the field, or quarantine the record.",
                    defaultValue = "keep")
            OnError unmapped) {
        public Config {
            fields = FieldNames.requireSome(fields, "fields");
            if (mapping == null || mapping.isEmpty()) {
                throw new IllegalArgumentException("'mapping' must give at least one canonical value and its synonyms, e.g. mapping: {Male: [M, male]}");
            }
            Map<String, List<Object>> copy = new LinkedHashMap<>();
            for (Map.Entry<String, List<Object>> e : mapping.entrySet()) {
                List<Object> synonyms = e.getValue() == null ? List.of() : e.getValue();
                for (Object s : synonyms) {
                    if (!(s instanceof String || s instanceof Long || s instanceof Double || s instanceof Boolean)) {
                        throw new IllegalArgumentException("'mapping." + e.getKey() + "' lists " + Shown.value(s)
                                + "; synonyms are texts or numbers");
                    }
                }
                copy.put(e.getKey(), List.copyOf(synonyms));
            }
            mapping = Collections.unmodifiableMap(copy);
            if (unmapped == null) unmapped = OnError.KEEP;
            index(mapping, caseInsensitive, trim, new HashMap<>()); // refuses a synonym under two canonical values
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("map_values", "Maps categorical synonyms (M, male, man) to canonical values (Male).", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new MapValues(config);
        }
    }

    private static void index(Map<String, List<Object>> mapping, boolean caseInsensitive, boolean trim, Map<String, String> into) {
        for (Map.Entry<String, List<Object>> e : mapping.entrySet()) {
            List<Object> all = new ArrayList<>();
            all.add(e.getKey());
            all.addAll(e.getValue());
            for (Object synonym : all) {
                String key = key(synonym.toString(), caseInsensitive, trim);
                String other = into.putIfAbsent(key, e.getKey());
                if (other != null && !other.equals(e.getKey())) {
                    throw new IllegalArgumentException("'mapping' maps '" + synonym + "' to both '" + other + "' and '" + e.getKey()
                            + "'" + (caseInsensitive || trim ? " (as compared: '" + key + "')" : "") + "; list it under one value only");
                }
            }
        }
    }

    private static String key(String s, boolean caseInsensitive, boolean trim) {
        String t = trim ? s.strip() : s;
        return caseInsensitive ? TextNormalizer.foldCase(t) : t;
    }

    @Override
    public Record map(Record record) {
        return FieldRewrite.apply(record, fields, this::mapped);
    }

    private Object mapped(String field, Object v) {
        boolean scalar = v instanceof String || v instanceof Long || v instanceof Double || v instanceof Boolean;
        String canonical = scalar ? canonicalByKey.get(key(v.toString(), caseInsensitive, trim)) : null;
        if (canonical != null) return canonical;
        switch (unmapped) {
            case KEEP: return v;
            case SET_NULL: return null;
            default:
                throw new IllegalArgumentException("field '" + field + "' value " + Shown.value(v) + " is in no synonym list of 'mapping' "
                        + "(canonical values: " + canonicals + "); add it to a list, or set unmapped: keep or set_null");
        }
    }
}
