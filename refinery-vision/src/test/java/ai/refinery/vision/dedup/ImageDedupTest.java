package ai.refinery.vision.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.core.exec.LocalExecutor;
import ai.refinery.core.exec.RunOptions;
import ai.refinery.core.recipe.RecipeLoader;
import ai.refinery.core.run.RunReport;
import ai.refinery.vision.image.Image;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exact and perceptual image dedup through real recipe runs over PNG folders. */
class ImageDedupTest {
    private static final long SEED = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** A 32×32 gray scene of a few soft blobs, different for each seed. */
    private static Image scene(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] blobs = new double[4][];
        for (int i = 0; i < blobs.length; i++) blobs[i] = new double[] {r.nextDouble(32), r.nextDouble(32), 3 + r.nextDouble(6), 80 + r.nextInt(170)};
        return Image.generate(32, 32, 1, (x, y, c) -> {
            double v = 10;
            for (double[] b : blobs) v += b[3] * Math.exp(-((x - b[0]) * (x - b[0]) + (y - b[1]) * (y - b[1])) / (2 * b[2] * b[2]));
            return (int) Math.min(255, v);
        });
    }

    private static Image brighter(Image img, int by) {
        return Image.generate(img.width(), img.height(), 1, (x, y, c) -> Math.min(255, img.get(x, y, 0) + by));
    }

    private void png(String name, Image img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(img.toBufferedImage(), "png", out)).isTrue();
        Path p = dir.resolve("imgs/a").resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, out.toByteArray());
    }

    private List<String> kept(String step) throws IOException {
        Files.writeString(dir.resolve("r.yaml"), """
                name: dedup
                input: {path: imgs, format: image_folder}
                pipeline:
                  - %s
                output: {path: out, mode: overwrite}
                """.formatted(step));
        RunReport r = new LocalExecutor().run(RecipeLoader.withDefaults().load(dir.resolve("r.yaml"), List.of()), RunOptions.defaults());
        assertThat(r.succeeded()).as(String.valueOf(r.failure())).isTrue();
        assertThat(r.records().in()).isEqualTo(r.records().out() + r.records().droppedTotal());
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    JsonNode n = JSON.readTree(line);
                    names.add(n.get("path").asText().replace("a/", "").replace(".png", ""));
                }
            }
        }
        return names;
    }

    /** p0..p5 distinct scenes; then (later in file order) q0-copy identical to p0, q1-bright a brightened p1, q2-big p2 at twice the size. */
    private void writeImages() throws IOException {
        for (int i = 0; i < 6; i++) png("p" + i + ".png", scene(SEED * 100 + i));
        png("q0-copy.png", scene(SEED * 100));
        png("q1-bright.png", brighter(scene(SEED * 100 + 1), 12));
        Image p2 = scene(SEED * 100 + 2);
        png("q2-big.png", Image.generate(64, 64, 1, (x, y, c) -> p2.get(x / 2, y / 2, 0)));
    }

    @Test
    void exactDedupDropsOnlyIdenticalPixels() throws IOException {
        writeImages();
        assertThat(kept("{op: exact_image_dedup}")).as("seed %d", SEED)
                .containsExactlyInAnyOrder("p0", "p1", "p2", "p3", "p4", "p5", "q1-bright", "q2-big");
    }

    @Test
    void perceptualDedupAlsoDropsBrightenedAndRescaledCopies() throws IOException {
        writeImages();
        assertThat(kept("{op: perceptual_image_dedup, max_distance: 6}")).as("seed %d", SEED)
                .containsExactlyInAnyOrder("p0", "p1", "p2", "p3", "p4", "p5");
        assertThat(kept("{op: perceptual_image_dedup, hash: dhash, max_distance: 6}")).as("seed %d", SEED)
                .containsExactlyInAnyOrder("p0", "p1", "p2", "p3", "p4", "p5");
    }

    @Test
    void keysFindEveryPairWithinTheDistance() {
        PerceptualImageDedup op = new PerceptualImageDedup(new PerceptualImageDedup.Config("image", PerceptualImageDedup.Hash.PHASH, 5, 255));
        SplittableRandom r = new SplittableRandom(SEED);
        for (int trial = 0; trial < 2000; trial++) {
            long a = r.nextLong();
            long b = a;
            int flips = r.nextInt(6);
            for (int f = 0; f < flips; f++) b ^= 1L << r.nextInt(64);
            List<String> ka = new ArrayList<>();
            List<String> kb = new ArrayList<>();
            op.keys(a, (h, l) -> ka.add(h + ":" + l));
            op.keys(b, (h, l) -> kb.add(h + ":" + l));
            assertThat(ka).hasSize(6);
            ka.retainAll(kb);
            assertThat(ka).as("seed %d trial %d: %d bits apart share a block", SEED, trial, Long.bitCount(a ^ b)).isNotEmpty();
            assertThat(op.confirms(new PerceptualImageDedup.Signature(a, new byte[4]), new PerceptualImageDedup.Signature(b, new byte[4]))).isTrue();
        }
    }
}
