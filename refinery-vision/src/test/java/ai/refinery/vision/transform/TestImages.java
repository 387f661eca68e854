package ai.refinery.vision.transform;

import ai.refinery.core.record.Record;
import ai.refinery.vision.image.Image;
import java.util.List;

/** Tiny hand-made image records for the transforms' tests. */
final class TestImages {
    private TestImages() {}

    static Record record(String id, Image img) {
        return img.writeTo(Record.builder(id), "image").build();
    }

    static Record gray(String id, int width, int height, int... values) {
        byte[] p = new byte[values.length];
        for (int i = 0; i < p.length; i++) p[i] = (byte) values[i];
        return record(id, Image.of(width, height, 1, p));
    }

    static Image image(Record r) {
        return Image.fromRecord(r, "image");
    }

    /** Values of a gray image, row by row. */
    static int[] values(Record r) {
        Image img = image(r);
        int[] v = new int[img.size()];
        for (int i = 0; i < v.length; i++) v[i] = img.at(i);
        return v;
    }

    /** Samples for contract tests: gray and RGB, odd sizes, an IDX-style record. */
    static List<Record> samples() {
        byte[] idx = new byte[6 * 5];
        for (int i = 0; i < idx.length; i++) idx[i] = (byte) (i * 8);
        return List.of(
                record("gray", Image.generate(6, 5, 1, (x, y, c) -> x * 40 + y)),
                record("rgb", Image.generate(7, 6, 3, (x, y, c) -> (x * 30 + y * 5 + c * 70) % 256)),
                record("big", Image.generate(9, 8, 1, (x, y, c) -> x == 4 ? 255 : 0)),
                Record.builder("mnist").set("image", idx).set("rows", 5L).set("cols", 6L).set("label", 3L).build());
    }
}
