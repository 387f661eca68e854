package ai.refinery.quality.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes {@code profile.json}: {@code {"format": "refinery-profile", "version": 1,
 * "input": {...}, "output": {...}}}, either profile optional. Written atomically (temporary file,
 * then rename), pretty-printed.
 */
public final class ProfileJson {
    public static final String FORMAT = "refinery-profile";
    public static final int VERSION = 1;

    /** The profiles of one file; either may be null. */
    public record Profiles(DatasetProfile input, DatasetProfile output) {}

    private ProfileJson() {}

    public static void write(Path file, DatasetProfile input, DatasetProfile output) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        mapper().writeValue(tmp.toFile(), document(input, output));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The file's JSON text, as {@link #write} writes it. */
    public static String toJson(DatasetProfile input, DatasetProfile output) {
        try {
            return mapper().writeValueAsString(document(input, output));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a profile could not be written as JSON", e);
        }
    }

    /**
     * @throws IOException when the file cannot be read, is not JSON, is not a refinery-profile
     *                     version 1 file, or holds a malformed profile; the message names the file
     */
    public static Profiles read(Path file) throws IOException {
        Object tree;
        try {
            tree = mapper().readValue(file.toFile(), Object.class);
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not a JSON profile file: " + e.getOriginalMessage(), e);
        }
        if (!(tree instanceof Map<?, ?> doc)) throw new IOException(file + ": not a refinery-profile file (expected a JSON object)");
        Object format = doc.get("format");
        if (!FORMAT.equals(format)) {
            throw new IOException(file + ": unknown profile format " + (format == null ? "(none)" : "'" + format + "'") + "; expected '" + FORMAT + "'");
        }
        Object version = doc.get("version");
        if (!(version instanceof Number n) || n.doubleValue() != VERSION) {
            throw new IOException(file + ": unsupported " + FORMAT + " version " + version + "; this Refinery reads version " + VERSION);
        }
        try {
            return new Profiles(profile(doc.get("input"), "input"), profile(doc.get("output"), "output"));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static DatasetProfile profile(Object section, String name) {
        if (section == null) return null;
        if (!(section instanceof Map<?, ?> m)) throw new IllegalArgumentException("profile: " + name + " must be an object");
        Map<String, Object> copy = new LinkedHashMap<>();
        m.forEach((k, v) -> copy.put(String.valueOf(k), v));
        try {
            return DatasetProfile.fromMap(copy);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replaceFirst("^profile: ", "profile: " + name + "."), e);
        }
    }

    private static Map<String, Object> document(DatasetProfile input, DatasetProfile output) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", FORMAT);
        doc.put("version", VERSION);
        if (input != null) doc.put("input", input.toMap());
        if (output != null) doc.put("output", output.toMap());
        return doc;
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
