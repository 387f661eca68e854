package ai.refinery.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Expands an input path into the sorted list of files to read: a file, a directory (all files below
 * it that the predicate accepts, hidden ones and {@code _}-prefixed ones skipped), or a glob such as
 * {@code data/*.jsonl} or {@code data/**}{@code /*.csv.gz}.
 */
public final class InputFiles {
    private InputFiles() {}

    public static List<InputFile> expand(String spec, Path baseDir, Predicate<String> acceptsName) {
        int glob = firstGlobChar(spec);
        List<Path> found = new ArrayList<>();
        Path root;
        if (glob < 0) {
            Path p = baseDir.resolve(spec).normalize();
            if (Files.isRegularFile(p)) {
                return List.of(toInputFile(p, p.getParent() == null ? p : p.getParent()));
            }
            if (!Files.isDirectory(p)) return List.of();
            root = p;
            walk(p, f -> acceptsName.test(f.getFileName().toString()), found);
        } else {
            int slash = spec.lastIndexOf('/', glob);
            String fixed = slash < 0 ? "" : spec.substring(0, slash);
            root = baseDir.resolve(fixed).normalize();
            if (!Files.isDirectory(root)) return List.of();
            List<PathMatcher> matchers = new ArrayList<>();
            addGlobVariants(spec.substring(slash + 1), 0, matchers);
            Path r = root;
            walk(root, f -> matchers.stream().anyMatch(m -> m.matches(r.relativize(f))), found);
        }
        found.sort(null);
        List<InputFile> out = new ArrayList<>();
        for (Path p : found) out.add(toInputFile(p, root));
        return out;
    }

    /**
     * Java's globs need at least one directory for {@code **}{@code /}; as in shells with globstar it
     * should also match none ({@code data/**}{@code /*.csv} includes {@code data/a.csv}), so each
     * {@code **}{@code /} that starts a segment is tried both kept and dropped.
     */
    private static void addGlobVariants(String glob, int from, List<PathMatcher> out) {
        int i = glob.indexOf("**/", from);
        while (i > 0 && glob.charAt(i - 1) != '/') i = glob.indexOf("**/", i + 1);
        if (i < 0) {
            out.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            return;
        }
        addGlobVariants(glob, i + 3, out);
        addGlobVariants(glob.substring(0, i) + glob.substring(i + 3), i, out);
    }

    private static void walk(Path dir, Predicate<Path> accept, List<Path> out) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile)
                    .filter(f -> !isHiddenBelow(dir, f))
                    .filter(accept)
                    .forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static boolean isHiddenBelow(Path root, Path f) {
        for (Path part : root.relativize(f)) {
            String n = part.toString();
            if (n.startsWith(".") || n.startsWith("_")) return true;
        }
        return false;
    }

    private static int firstGlobChar(String spec) {
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') return i;
        }
        return -1;
    }

    static InputFile toInputFile(Path p, Path root) {
        try {
            String label = root.equals(p) ? p.getFileName().toString() : root.relativize(p).toString();
            return new InputFile(p, label, Compression.ofFileName(p.getFileName().toString()), Files.size(p));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }
}
