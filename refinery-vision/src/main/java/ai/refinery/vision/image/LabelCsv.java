package ai.refinery.vision.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV mapping image files to labels: two columns, file then label, one file a line; a first line
 * whose second column is {@code label} is a header. The file column may be a path relative to the
 * input root ({@code cats/001.png}) or a bare file name ({@code 001.png}). Fields may be quoted with
 * double quotes; a doubled quote inside a quoted field is a quote.
 */
final class LabelCsv {
    private final String name;
    private final Map<String, String> labels;

    private LabelCsv(String name, Map<String, String> labels) {
        this.name = name;
        this.labels = labels;
    }

    static LabelCsv load(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException("labels CSV " + file + " (input.options.labels_csv) does not exist", e);
        }
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) continue;
            List<String> cols = split(line);
            if (cols.size() != 2) {
                throw new IOException("labels CSV " + file + " line " + (i + 1) + ": expected 2 columns (file,label) but found " + cols.size());
            }
            if (i == 0 && cols.get(1).strip().equalsIgnoreCase("label")) continue;
            String key = cols.get(0).strip().replace('\\', '/');
            String prev = m.put(key, cols.get(1).strip());
            if (prev != null && !prev.equals(cols.get(1).strip())) {
                throw new IOException("labels CSV " + file + " line " + (i + 1) + ": '" + key + "' is given two labels, '" + prev
                        + "' and '" + cols.get(1).strip() + "'");
            }
        }
        return new LabelCsv(file.toString(), m);
    }

    /** The label of a file by its relative path, else by its name; null when not listed. */
    String labelOf(String relativePath) {
        String l = labels.get(relativePath);
        if (l != null) return l;
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? null : labels.get(relativePath.substring(slash + 1));
    }

    String name() { return name; }

    private static List<String> split(String line) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
