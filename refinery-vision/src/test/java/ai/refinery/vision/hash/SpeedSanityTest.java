package ai.refinery.vision.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Finishes-in-time checks at MNIST-like scale (70,000 28x28 images); prints the timings. */
class SpeedSanityTest {

    private static final int COUNT = 70_000;

    @Test
    void hashesSeventyThousandSmallImages() {
        SplittableRandom random = new SplittableRandom(7);
        byte[][] images = new byte[2_000][];
        for (int i = 0; i < images.length; i++) {
            images[i] = TestImages.noise(TestImages.blobs(random.nextLong(), 28, 28), 20, i);
        }
        long sink = 0;
        for (PerceptualHashesTest.Hasher hasher : new PerceptualHashesTest.Hasher[] {
            DHash::hash, PHash::hash, AverageHash::hash}) {
            for (int i = 0; i < 5_000; i++) { // warm-up
                sink += hasher.hash(images[i % images.length], 28, 28);
            }
        }
        String[] names = {"dHash", "pHash", "aHash"};
        PerceptualHashesTest.Hasher[] hashers = {DHash::hash, PHash::hash, AverageHash::hash};
        for (int h = 0; h < hashers.length; h++) {
            long start = System.nanoTime();
            for (int i = 0; i < COUNT; i++) {
                sink += hashers[h].hash(images[i % images.length], 28, 28);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s: %d 28x28 images in %.3f s = %.0f images/s%n",
                    names[h], COUNT, seconds, COUNT / seconds);
            assertThat(seconds).as(names[h]).isLessThan(30.0);
        }
        assertThat(sink).isNotNull();
    }

    @Test
    void groupsSeventyThousandHashes() {
        long[] hashes = HammingLshTest.plantedHashes(new SplittableRandom(11), COUNT, 12, false);
        new HammingLsh(10).group(hashes, 10); // warm-up
        for (int d : new int[] {4, 10}) {
            long start = System.nanoTime();
            HammingGroups groups = new HammingLsh(d).group(hashes, 10);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("group %d hashes at d<=%d: %.3f s, %s%n", COUNT, d, seconds, groups);
            assertThat(seconds).isLessThan(20.0);
        }
    }
}
