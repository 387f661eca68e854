package ai.refinery.vision.dedup;

import ai.refinery.core.record.Record;
import ai.refinery.vision.image.Image;
import java.util.List;

/** Small image records for the dedup contract tests: two equal, one different, one RGB (test only). */
final class ImageSamples {
    private ImageSamples() {}

    static List<Record> records() {
        Image a = Image.generate(8, 8, 1, (x, y, c) -> x * 30 + y);
        Image b = Image.generate(8, 8, 1, (x, y, c) -> (x * y * 7) % 256);
        Image rgb = Image.generate(8, 8, 3, (x, y, c) -> c * 80 + x);
        return List.of(
                a.writeTo(Record.builder("1"), "image").build(),
                a.writeTo(Record.builder("2"), "image").build(),
                b.writeTo(Record.builder("3"), "image").build(),
                rgb.writeTo(Record.builder("4"), "image").build());
    }
}
