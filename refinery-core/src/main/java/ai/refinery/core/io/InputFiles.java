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
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + spec.substring(slash + 1));
            Path r = root;
            walk(root, f -> matcher.matches(r.relativize(f)), found);
        }
        found.sort(null);
        List<InputFile> out = new ArrayList<>();
        for (Path p : found) out.add(toInputFile(p, root));
        return out;
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
