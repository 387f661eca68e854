package ai.refinery.core.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Reads YAML into a {@link ConfigNode} tree that keeps line and column of every value. */
public final class YamlConfigReader {
    private YamlConfigReader() {}

    public static ConfigNode read(Path file) {
        return read(file, file.toString());
    }

    /** Reads a file, naming it {@code label} in marks (the path as the user wrote it). */
    public static ConfigNode read(Path file, String label) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(Mark.of(label), "cannot read " + file + ": " + e.getMessage(), e);
        }
        return read(new StringReader(text), label);
    }

    public static ConfigNode read(Reader reader, String sourceName) {
        LoadSettings settings = LoadSettings.builder().setLabel(sourceName).setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(10).build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeReader(reader);
        } catch (MarkedYamlEngineException e) {
            Mark m = e.getProblemMark().map(pm -> new Mark(sourceName, pm.getLine() + 1, pm.getColumn() + 1))
                    .orElse(Mark.of(sourceName));
            throw new ConfigException(m, "invalid YAML: " + e.getProblem(), e);
        } catch (RuntimeException e) {
            throw new ConfigException(Mark.of(sourceName), "invalid YAML: " + e.getMessage(), e);
        }
        if (root.isEmpty()) {
            return ConfigNode.map(Map.of(), Map.of(), new Mark(sourceName, 1, 1));
        }
        return convert(root.get(), sourceName);
    }

    private static Mark markOf(Node node, String source) {
        return node.getStartMark().map(m -> new Mark(source, m.getLine() + 1, m.getColumn() + 1)).orElse(Mark.of(source));
    }

    private static ConfigNode convert(Node node, String source) {
        Mark mark = markOf(node, source);
        if (node instanceof ScalarNode s) {
            return ConfigNode.scalar(scalarValue(s, mark), mark);
        }
        if (node instanceof SequenceNode seq) {
            List<ConfigNode> items = new ArrayList<>();
            for (Node n : seq.getValue()) items.add(convert(n, source));
            return ConfigNode.list(items, mark);
        }
        MappingNode map = (MappingNode) node;
        Map<String, ConfigNode> entries = new LinkedHashMap<>();
        Map<String, Mark> keyMarks = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                throw new ConfigException(markOf(t.getKeyNode(), source), "setting names must be plain words");
            }
            Mark previous = keyMarks.get(key.getValue());
            if (previous != null) {
                // Compose does not apply setAllowDuplicateKeys (only the constructor does): check here
                throw new ConfigException(markOf(key, source), "duplicate setting '" + key.getValue()
                        + "' (first written at line " + previous.line() + ")");
            }
            entries.put(key.getValue(), convert(t.getValueNode(), source));
            keyMarks.put(key.getValue(), markOf(key, source));
        }
        return ConfigNode.map(entries, keyMarks, mark);
    }

    private static Object scalarValue(ScalarNode s, Mark mark) {
        String v = s.getValue();
        Tag tag = s.getTag();
        try {
            if (Tag.NULL.equals(tag)) return null;
            if (Tag.BOOL.equals(tag)) return Boolean.parseBoolean(v);
            if (Tag.INT.equals(tag)) return Long.parseLong(v);
            if (Tag.FLOAT.equals(tag)) return parseFloat(v);
        } catch (NumberFormatException e) {
            throw new ConfigException(mark, "not a number: '" + v + "'");
        }
        return v;
    }

    /** YAML's {@code .inf}, {@code -.inf} and {@code .nan} are floats too, which Java does not parse. */
    private static double parseFloat(String v) {
        switch (v) {
            case ".inf": case "+.inf": return Double.POSITIVE_INFINITY;
            case "-.inf": return Double.NEGATIVE_INFINITY;
            case ".nan": return Double.NaN;
            default: return Double.parseDouble(v);
        }
    }

    /** Parses one scalar as YAML would (used for {@code --set key=value}). */
    public static ConfigNode parseValue(String text, Mark mark) {
        ConfigNode n = read(new StringReader(text.isEmpty() ? "''" : text), mark.source());
        return relabel(n, mark);
    }

    private static ConfigNode relabel(ConfigNode n, Mark mark) {
        switch (n.kind()) {
            case SCALAR: return ConfigNode.scalar(n.scalarValue(), mark);
            case LIST: {
                List<ConfigNode> items = new ArrayList<>();
                for (ConfigNode i : n.items()) items.add(relabel(i, mark));
                return ConfigNode.list(items, mark);
            }
            default: {
                Map<String, ConfigNode> e = new LinkedHashMap<>();
                Map<String, Mark> km = new LinkedHashMap<>();
                for (Map.Entry<String, ConfigNode> x : n.entries().entrySet()) {
                    e.put(x.getKey(), relabel(x.getValue(), mark));
                    km.put(x.getKey(), mark);
                }
                return ConfigNode.map(e, km, mark);
            }
        }
    }
}
