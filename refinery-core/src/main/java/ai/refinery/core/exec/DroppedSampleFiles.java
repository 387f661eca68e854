package ai.refinery.core.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Regroups the dropped-record samples of a finished run from one file per shard (written with each
 * shard, so a killed run keeps them consistent with its journal) into one file per step and reason:
 * {@code _refinery/dropped/<step>/<reason>.jsonl}, where a user looks for "what did this rule
 * drop". Lines keep their shard order; names are made file-safe (a reason {@code missing:age} is
 * the file {@code missing_age.jsonl}; each line still carries the exact reason).
 */
final class DroppedSampleFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DroppedSampleFiles() {}

    /** Moves the lines of {@code dropped/part-*.jsonl} into per-step, per-reason files, appending to those already there. */
    static void groupByStepAndReason(Path droppedDir) throws IOException {
        if (!Files.isDirectory(droppedDir)) return;
        List<Path> parts = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(droppedDir, "part-*.jsonl")) {
            for (Path p : s) parts.add(p);
        }
        if (parts.isEmpty()) return;
        parts.sort(null); // part-00000, part-00001, ...: shard order
        Map<Path, Writer> writers = new LinkedHashMap<>();
        try {
            for (Path part : parts) {
                try (BufferedReader in = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                    for (String line; (line = in.readLine()) != null; ) {
                        if (line.isBlank()) continue;
                        JsonNode n = JSON.readTree(line);
                        Path target = droppedDir.resolve(fileSafe(n.path("step").asText("unknown")))
                                .resolve(fileSafe(n.path("reason").asText("unknown")) + ".jsonl");
                        Writer w = writers.get(target);
                        if (w == null) {
                            Files.createDirectories(target.getParent());
                            Path tmp = temporary(target);
                            if (Files.exists(target)) Files.copy(target, tmp, StandardCopyOption.REPLACE_EXISTING);
                            w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                            writers.put(target, w);
                        }
                        w.write(line);
                        w.write('\n');
                    }
                }
            }
        } finally {
            for (Writer w : writers.values()) w.close();
        }
        // every grouped file is complete before a part file goes, so a crash here loses no sample
        for (Path target : writers.keySet()) Files.move(temporary(target), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        for (Path part : parts) Files.delete(part);
    }

    private static Path temporary(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".tmp");
    }

    /** Letters, digits, '.', '_', '=' and '-' stay; anything else (':', '/', spaces) becomes '_'. */
    static String fileSafe(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length() && sb.length() < 120; i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '=' || c == '-';
            sb.append(ok ? c : '_');
        }
        String s = sb.toString();
        return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
    }
}
