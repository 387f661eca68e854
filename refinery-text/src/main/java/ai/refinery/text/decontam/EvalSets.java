package ai.refinery.text.decontam;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The eval sets of this JVM, each read and hashed once per (files with their size and modification
 * time, field, n, normalization, minimum words) and shared by every operator instance and thread.
 */
final class EvalSets {
    private record Key(List<String> files, String evalField, int n, boolean normalize, int minWords) {}

    private static final Map<Key, EvalSet> CACHE = new ConcurrentHashMap<>();

    private EvalSets() {}

    static EvalSet get(List<String> paths, String evalField, int n, boolean normalize, int minWords) {
        List<EvalSet.EvalFile> files = EvalSet.files(paths);
        List<String> stamps = new ArrayList<>();
        for (EvalSet.EvalFile f : files) stamps.add(f.path().toAbsolutePath() + "|" + f.layout() + "|" + stamp(f.path()));
        Key key = new Key(stamps, evalField, n, normalize, minWords);
        return CACHE.computeIfAbsent(key, k -> EvalSet.load(files, evalField, new WordNgrams(n, normalize), minWords));
    }

    private static String stamp(Path p) {
        try {
            return Files.size(p) + "|" + Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            throw new IllegalArgumentException("eval set file '" + p + "' cannot be read: " + e.getMessage(), e);
        }
    }
}
