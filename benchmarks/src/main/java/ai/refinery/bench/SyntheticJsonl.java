package ai.refinery.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** Writes n small JSONL records (about 80 bytes each) from a seed, for throughput benchmarks. */
public final class SyntheticJsonl {
    private static final String[] WORDS = {"data", "model", "clean", "record", "train", "token", "label", "noise", "merge", "shard"};

    private SyntheticJsonl() {}

    public static void write(Path file, long n, long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder sb = new StringBuilder(128);
            for (long i = 0; i < n; i++) {
                sb.setLength(0);
                sb.append("{\"id\":").append(i)
                        .append(",\"text\":\"").append(WORDS[rnd.nextInt(WORDS.length)]).append(' ').append(WORDS[rnd.nextInt(WORDS.length)])
                        .append(' ').append(rnd.nextInt(100000)).append('"')
                        .append(",\"score\":").append(rnd.nextInt(1000) / 1000.0)
                        .append(",\"lang\":\"").append(rnd.nextInt(10) == 0 ? "de" : "en").append('"')
                        .append(",\"ok\":").append(rnd.nextBoolean())
                        .append("}\n");
                w.append(sb);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Long.parseLong(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 42);
    }
}
