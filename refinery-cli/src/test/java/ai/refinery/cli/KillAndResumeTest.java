package ai.refinery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts {@code refinery run} in a separate JVM, kills it with SIGKILL part-way (after a seeded
 * number of committed shards), resumes with {@code --resume}, and compares with an uninterrupted run.
 */
class KillAndResumeTest {
    @TempDir Path dir;

    private static final String RECIPE = """
            name: resume
            input: {path: in.jsonl}
            pipeline:
              - op: test_slow
                every: 50
                millis: 4
            output: {path: %s, records_per_shard: 500, compression: gzip}
            executor: {batch_size: 100, threads: 2}
            """;

    @Test
    void killMinusNineThenResumeGivesIdenticalOutput() throws Exception {
        long seed = Long.getLong("refinery.test.seed", System.nanoTime());
        Random rnd = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12_000; i++) {
            sb.append(i % 1000 == 999 ? "{broken\n" : "{\"n\":" + i + ",\"v\":\"" + Long.toHexString(rnd.nextLong()) + "\"}\n");
        }
        Files.writeString(dir.resolve("in.jsonl"), sb.toString());
        Files.writeString(dir.resolve("full.yaml"), RECIPE.formatted("full"));
        Files.writeString(dir.resolve("killed.yaml"), RECIPE.formatted("killed"));

        CliEndToEndTest.Result full = CliEndToEndTest.refinery("run", dir.resolve("full.yaml").toString(), "--no-progress");
        assertThat(full.code()).as(full.err()).isZero();

        for (int attempt = 0; attempt < 2; attempt++) {
            int killAfterShards = 1 + rnd.nextInt(6);
            Process p = startRun(dir.resolve("killed.yaml"), attempt > 0);
            Path journal = dir.resolve("killed/_refinery/journal.jsonl");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (p.isAlive() && committedShards(journal) < killAfterShards && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no flushing
            p.waitFor(30, TimeUnit.SECONDS);
            assertThat(committedShards(journal)).as("seed %d: shards committed before the kill", seed).isGreaterThan(0);
        }
        CliEndToEndTest.Result resumed = CliEndToEndTest.refinery("run", dir.resolve("killed.yaml").toString(), "--resume", "--no-progress");
        assertThat(resumed.code()).as("seed %d: %s", seed, resumed.err()).isZero();
        assertThat(resumed.out()).contains("(resumed)");
        assertThat(shardContents("killed")).as("seed %d", seed).isEqualTo(shardContents("full"));
        assertThat(quarantineContents("killed")).as("seed %d", seed).isEqualTo(quarantineContents("full"));
        String fullRun = Files.readString(dir.resolve("full/_refinery/run.json"));
        String resumedRun = Files.readString(dir.resolve("killed/_refinery/run.json"));
        assertThat(section(resumedRun, "\"records\"")).as("seed %d", seed).isEqualTo(section(fullRun, "\"records\""));
    }

    private Process startRun(Path recipe, boolean resume) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                RefineryCommand.class.getName(), "run", recipe.toString(), "--no-progress"));
        if (resume) cmd.add("--resume");
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    }

    private static long committedShards(Path journal) throws IOException {
        if (!Files.exists(journal)) return 0;
        try (Stream<String> lines = Files.lines(journal)) {
            return lines.filter(l -> l.startsWith("{\"shard\"")).count();
        }
    }

    private List<String> shardContents(String out) throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir.resolve(out))) {
            for (Path p : s.filter(x -> x.getFileName().toString().startsWith("part-")).sorted().toList()) {
                try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(p))) {
                    all.add(p.getFileName() + "\n" + new String(in.readAllBytes()));
                }
            }
        }
        assertThat(dir.resolve(out).toFile().list((d, n) -> n.startsWith(".part-"))).isEmpty();
        return all;
    }

    private List<String> quarantineContents(String out) throws IOException {
        List<String> all = new ArrayList<>();
        File q = dir.resolve(out).resolve("_refinery/quarantine").toFile();
        String[] names = q.list();
        if (names == null) return all;
        java.util.Arrays.sort(names);
        for (String n : names) all.add(n + "\n" + Files.readString(q.toPath().resolve(n)));
        return all;
    }

    private static String section(String json, String key) {
        int at = json.indexOf(key);
        return json.substring(at, json.indexOf('}', json.indexOf("\"balanced\"", at)));
    }
}
