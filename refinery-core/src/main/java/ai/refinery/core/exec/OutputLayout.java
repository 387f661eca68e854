package ai.refinery.core.exec;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where a run writes: shards {@code part-NNNNN.*} in the output directory, and its own files under
 * {@code _refinery/} (run.json, journal.jsonl, quarantine/, dropped/, changed/, staging/). Only these are ever deleted.
 */
record OutputLayout(Path dir) {
    Path metaDir() { return dir.resolve("_refinery"); }
    Path runJson() { return metaDir().resolve("run.json"); }
    Path journal() { return metaDir().resolve("journal.jsonl"); }
    Path quarantineDir() { return metaDir().resolve("quarantine"); }
    Path droppedDir() { return metaDir().resolve("dropped"); }
    Path changedDir() { return metaDir().resolve("changed"); }
    /** Where shards wait while a gate may still refuse to publish them. */
    Path stagingDir() { return metaDir().resolve("staging"); }

    /** Where the shards of a run are written: the output directory, or the staging directory. */
    Path shardDir(boolean staged) { return staged ? stagingDir() : dir; }

    /** Replaces the shards in the output directory with the staged ones. */
    void publish(java.util.List<String> shardNames) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "part-*")) {
            for (Path p : s) Files.deleteIfExists(p);
        }
        for (String name : shardNames) {
            Files.move(stagingDir().resolve(name), dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** True when the directory holds shards or run files of an earlier run. */
    boolean holdsOutput() throws IOException {
        if (!Files.isDirectory(dir)) return false;
        if (Files.exists(metaDir())) return true;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "part-*")) {
            return s.iterator().hasNext();
        }
    }

    /**
     * Removes what an earlier run wrote here; with {@code keepShards} its shards stay until a
     * gated run publishes new ones (so a refused run leaves the last good output in place).
     */
    void clear(boolean keepShards) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, keepShards ? ".part-*" : "{part-*,.part-*}")) {
            for (Path p : s) Files.deleteIfExists(p);
        }
        if (Files.exists(metaDir())) {
            try (Stream<Path> walk = Files.walk(metaDir())) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    /** Removes temporary files a killed run left behind. */
    void clearTemporaries() throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, ".part-*")) {
            for (Path p : s) Files.deleteIfExists(p);
        }
        for (Path side : java.util.List.of(quarantineDir(), droppedDir(), changedDir(), stagingDir())) {
            if (!Files.isDirectory(side)) continue;
            try (DirectoryStream<Path> s = Files.newDirectoryStream(side, ".*")) {
                for (Path p : s) Files.deleteIfExists(p);
            }
        }
    }
}
