package ai.refinery.learn.model;

import ai.refinery.learn.nn.Activation;
import ai.refinery.learn.nn.MlpSpec;
import ai.refinery.learn.nn.WeightInit;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON header of a model file. Keys are spelled out here rather than derived from the Java
 * records, so renaming a record component cannot silently change the format. Unknown keys are
 * ignored (a later version-1 writer may add some); missing or mistyped keys are errors.
 */
final class ModelHeader {
    static final String FLOAT32 = "float32";
    /** Map keys sorted: the same model gives the same bytes whatever map the caller built (Map.of iterates randomly). */
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** What a header says. */
    record Contents(MlpSpec spec, FeatureSpec features, List<ParameterEntry> parameters,
                    Map<String, Object> provenance, Map<String, Object> metrics) {}

    private ModelHeader() {}

    /** Compact UTF-8 JSON: the same model always gives the same bytes, on every platform. */
    static byte[] encode(TrainedModel model, List<ParameterEntry> table) throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        root.set("spec", spec(model.spec()));
        root.set("features", features(model.features()));
        ArrayNode params = root.putArray("parameters");
        for (ParameterEntry e : table) {
            ObjectNode p = params.addObject();
            p.put("name", e.name());
            ArrayNode shape = p.putArray("shape");
            for (int d : e.shape()) shape.add(d);
            p.put("dtype", FLOAT32);
            p.put("offset", e.offset());
        }
        root.set("provenance", JSON.valueToTree(model.provenance()));
        root.set("metrics", JSON.valueToTree(model.metrics()));
        return JSON.writeValueAsBytes(root);
    }

    private static ObjectNode spec(MlpSpec s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("input_size", s.inputSize());
        ArrayNode hidden = n.putArray("hidden");
        for (int h : s.hidden()) hidden.add(h);
        n.put("activation", label(s.activation()));
        n.put("dropout", s.dropout());
        n.put("classes", s.classes());
        if (s.init() == null) n.putNull("init");
        else n.put("init", label(s.init()));
        return n;
    }

    private static ObjectNode features(FeatureSpec f) {
        ObjectNode n = JSON.createObjectNode();
        n.put("input_field", f.inputField());
        n.put("encoding", f.encoding().label());
        n.put("scale", f.scale());
        n.put("label_field", f.labelField());
        n.put("classes", f.classes());
        ArrayNode names = n.putArray("class_names");
        for (String c : f.classNames()) names.add(c);
        return n;
    }

    /**
     * Parses a header.
     *
     * @throws JsonProcessingException when the bytes are not JSON (the only IOException reading bytes can give)
     * @throws IllegalArgumentException when a key is missing or a value does not fit, naming the key
     */
    static Contents decode(byte[] json) throws IOException {
        JsonNode root = JSON.readTree(json);
        if (root == null || !root.isObject()) throw new IllegalArgumentException("the header is not a JSON object");
        return new Contents(spec(object(root, "", "spec")), features(object(root, "", "features")), table(root),
                map(root, "provenance"), map(root, "metrics"));
    }

    private static MlpSpec spec(JsonNode s) {
        List<Integer> hidden = new ArrayList<>();
        for (JsonNode h : array(s, "spec", "hidden")) hidden.add(integer(h, "spec.hidden[]"));
        JsonNode init = s.get("init");
        return new MlpSpec(integer(field(s, "spec", "input_size"), "spec.input_size"), hidden,
                enumValue(Activation.class, text(s, "spec", "activation"), "spec.activation"),
                number(field(s, "spec", "dropout"), "spec.dropout"),
                integer(field(s, "spec", "classes"), "spec.classes"),
                init == null || init.isNull() ? null : enumValue(WeightInit.class, text(s, "spec", "init"), "spec.init"));
    }

    private static FeatureSpec features(JsonNode f) {
        List<String> names = new ArrayList<>();
        for (JsonNode c : array(f, "features", "class_names")) {
            if (!c.isTextual()) throw new IllegalArgumentException("features.class_names holds " + c + ", not a string");
            names.add(c.asText());
        }
        return new FeatureSpec(text(f, "features", "input_field"), FeatureEncoding.parse(text(f, "features", "encoding")),
                number(field(f, "features", "scale"), "features.scale"), text(f, "features", "label_field"),
                integer(field(f, "features", "classes"), "features.classes"), names);
    }

    private static List<ParameterEntry> table(JsonNode root) {
        List<ParameterEntry> table = new ArrayList<>();
        for (JsonNode p : array(root, "", "parameters")) {
            String name = text(p, "parameters[]", "name");
            String at = "parameters[" + name + "]";
            String dtype = text(p, at, "dtype");
            if (!FLOAT32.equals(dtype)) {
                throw new IllegalArgumentException("parameter " + name + " has dtype " + dtype + "; version 1 stores only float32");
            }
            JsonNode shapeNode = array(p, at, "shape");
            int[] shape = new int[shapeNode.size()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = integer(shapeNode.get(i), at + ".shape");
                if (shape[i] < 0) throw new IllegalArgumentException("parameter " + name + " has a negative dimension " + shapeNode);
            }
            JsonNode offset = field(p, at, "offset");
            if (!offset.isIntegralNumber() || !offset.canConvertToLong()) {
                throw new IllegalArgumentException(at + ".offset is " + offset + ", not a whole number");
            }
            table.add(new ParameterEntry(name, shape, offset.asLong()));
        }
        return table;
    }

    private static Map<String, Object> map(JsonNode root, String key) {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) return Map.of();
        if (!n.isObject()) throw new IllegalArgumentException(key + " is " + n.getNodeType() + ", not an object");
        return JsonValues.copyMap(JSON.convertValue(n, Map.class), key);
    }

    private static JsonNode field(JsonNode parent, String at, String key) {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) throw new IllegalArgumentException(path(at, key) + " is missing");
        return n;
    }

    private static JsonNode object(JsonNode parent, String at, String key) {
        JsonNode n = field(parent, at, key);
        if (!n.isObject()) throw new IllegalArgumentException(path(at, key) + " is " + n + ", not an object");
        return n;
    }

    private static JsonNode array(JsonNode parent, String at, String key) {
        JsonNode n = field(parent, at, key);
        if (!n.isArray()) throw new IllegalArgumentException(path(at, key) + " is " + n + ", not a list");
        return n;
    }

    private static String text(JsonNode parent, String at, String key) {
        JsonNode n = field(parent, at, key);
        if (!n.isTextual()) throw new IllegalArgumentException(path(at, key) + " is " + n + ", not a string");
        return n.asText();
    }

    private static String path(String at, String key) {
        return at.isEmpty() ? key : at + "." + key;
    }

    private static int integer(JsonNode n, String path) {
        if (n == null || !n.isIntegralNumber() || !n.canConvertToInt()) {
            throw new IllegalArgumentException(path + " is " + n + ", not a whole number");
        }
        return n.asInt();
    }

    private static double number(JsonNode n, String path) {
        if (!n.isNumber()) throw new IllegalArgumentException(path + " is " + n + ", not a number");
        return n.asDouble();
    }

    private static String label(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String label, String path) {
        for (E e : type.getEnumConstants()) {
            if (label(e).equals(label)) return e;
        }
        List<String> known = new ArrayList<>();
        for (E e : type.getEnumConstants()) known.add(label(e));
        throw new IllegalArgumentException(path + " is '" + label + "'; this build knows " + known);
    }
}
