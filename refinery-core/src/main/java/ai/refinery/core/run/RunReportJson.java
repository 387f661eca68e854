package ai.refinery.core.run;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Reads and writes {@code run.json} (snake_case keys, written atomically). */
public final class RunReportJson {
    private RunReportJson() {}

    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Writes the report; each stage's section becomes a top-level key ({@code train}, {@code evaluate}). */
    public static void write(RunReport report, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        ObjectMapper m = mapper();
        ObjectNode tree = m.valueToTree(report);
        report.stages().forEach((name, section) -> tree.set(name, m.valueToTree(section)));
        m.writeValue(tmp.toFile(), tree);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads a report; top-level keys that are not report fields are the stages' sections. */
    public static RunReport read(Path file) throws IOException {
        ObjectMapper m = mapper();
        JsonNode tree = m.readTree(file.toFile());
        RunReport base = m.treeToValue(tree, RunReport.class);
        Set<String> known = new HashSet<>();
        for (RecordComponent c : RunReport.class.getRecordComponents()) known.add(PROPERTY_NAMES.translate(c.getName()));
        Map<String, Map<String, Object>> stages = new LinkedHashMap<>();
        for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> section = m.convertValue(tree.get(name), Map.class);
                stages.put(name, section);
            }
        }
        return base.withStages(stages, null, base.finishedAt(), base.seconds());
    }

    private static final PropertyNamingStrategies.NamingBase PROPERTY_NAMES =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
}
