package ai.refinery.core.recipe;

import ai.refinery.core.config.ConfigException;
import ai.refinery.core.config.ConfigNode;
import ai.refinery.core.config.Mark;
import ai.refinery.core.config.YamlConfigReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies {@code --set key=value} overrides to a recipe tree before validation. Keys are dotted
 * paths; a pipeline step is addressed by its index, its {@code id} or (when unique) its operator
 * name: {@code executor.threads=4}, {@code pipeline.sample.fraction=0.1}, {@code pipeline.0.fields=[a,b]}.
 * Values are parsed as YAML, so lists and numbers work.
 */
public final class Overrides {
    private Overrides() {}

    public static ConfigNode apply(ConfigNode root, List<String> overrides) {
        ConfigNode out = root;
        for (String o : overrides) {
            Mark mark = Mark.of("--set " + o);
            int eq = o.indexOf('=');
            if (eq <= 0) throw new ConfigException(mark, "expected key=value, e.g. executor.threads=4");
            List<String> path = Arrays.asList(o.substring(0, eq).trim().split("\\."));
            if (path.stream().anyMatch(String::isEmpty)) throw new ConfigException(mark, "empty part in key '" + o.substring(0, eq) + "'");
            ConfigNode value = YamlConfigReader.parseValue(o.substring(eq + 1), mark);
            out = set(out, path, value, mark);
        }
        return out;
    }

    private static ConfigNode set(ConfigNode node, List<String> path, ConfigNode value, Mark mark) {
        String head = path.get(0);
        List<String> rest = path.subList(1, path.size());
        if (node.isList()) {
            int index = indexOf(node, head, mark);
            ConfigNode child = node.items().get(index);
            return node.withItem(index, rest.isEmpty() ? value : set(child, rest, value, mark));
        }
        if (!node.isMap()) {
            throw new ConfigException(mark, "cannot set '" + head + "' inside " + node.describe() + " (written at " + node.mark() + ")");
        }
        if (rest.isEmpty()) return node.with(head, value);
        ConfigNode child = node.get(head);
        if (child == null || child.isNull()) child = ConfigNode.map(new LinkedHashMap<>(), Map.of(), mark);
        return node.with(head, set(child, rest, value, mark));
    }

    /** A list index, or the position of the single step whose id or op is {@code key}. */
    private static int indexOf(ConfigNode list, String key, Mark mark) {
        List<ConfigNode> items = list.items();
        if (key.chars().allMatch(Character::isDigit)) {
            int i = Integer.parseInt(key);
            if (i >= items.size()) throw new ConfigException(mark, "index " + i + " is past the end of the list (" + items.size() + " items)");
            return i;
        }
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ConfigNode step = items.get(i);
            if (step.isMap() && (matches(step.get("id"), key) || step.get("id") == null && matches(step.get("op"), key))) hits.add(i);
        }
        if (hits.size() != 1) {
            throw new ConfigException(mark, hits.isEmpty() ? "no pipeline step has id or op '" + key + "'"
                    : "several steps are '" + key + "': give them ids or use an index");
        }
        return hits.get(0);
    }

    private static boolean matches(ConfigNode n, String key) {
        return n != null && n.isScalar() && key.equals(n.asString());
    }
}
