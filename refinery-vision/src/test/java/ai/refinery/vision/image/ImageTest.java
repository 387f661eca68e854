package ai.refinery.vision.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.record.Record;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageTest {
    @Test
    void readsWidthHeightChannelsAndIndexesRowMajorInterleaved() {
        byte[] p = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}; // 2x2 RGB
        Record r = Record.builder("a").set("image", p).set("width", 2L).set("height", 2L).set("channels", 3L).build();
        Image img = Image.fromRecord(r, "image");
        assertThat(img.get(1, 0, 0)).isEqualTo(4);
        assertThat(img.get(0, 1, 2)).isEqualTo(9);
        assertThat(img.get(1, 1, 1)).isEqualTo(11);
    }

    @Test
    void readsIdxRecordsByRowsAndColsAndKeepsThemInStep() {
        byte[] p = new byte[6]; // 2 rows x 3 cols, as the IDX source writes
        p[5] = (byte) 200;
        Record r = Record.builder("mnist-1").set("image", p).set("rows", 2L).set("cols", 3L).set("label", 7L).build();
        Image img = Image.fromRecord(r, "image");
        assertThat(img.width()).isEqualTo(3);
        assertThat(img.height()).isEqualTo(2);
        assertThat(img.channels()).isEqualTo(1);
        assertThat(img.get(2, 1, 0)).isEqualTo(200);

        Record out = Image.filled(4, 5, 1, 9).writeTo(r.toBuilder(), "image").build();
        assertThat(out.getLong("rows")).isEqualTo(5L);
        assertThat(out.getLong("cols")).isEqualTo(4L);
        assertThat(out.getLong("width")).isEqualTo(4L);
        assertThat(out.getBytes("image")).hasSize(20).containsOnly(9);
        assertThat(out.getLong("label")).isEqualTo(7L);
    }

    @Test
    void sizeMismatchNamesTheRecordAndTheArithmetic() {
        Record r = Record.builder("img-42").set("image", new byte[5]).set("width", 2L).set("height", 2L).build();
        assertThatThrownBy(() -> Image.fromRecord(r, "image"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("record img-42")
                .hasMessageContaining("5 bytes")
                .hasMessageContaining("= 4");
    }

    @Test
    void missingOrWrongFieldsAreNamed() {
        assertThatThrownBy(() -> Image.fromRecord(Record.builder("x").build(), "image")).hasMessageContaining("record x: field 'image' is missing");
        assertThatThrownBy(() -> Image.fromRecord(Record.builder("x").set("image", "abc").build(), "image"))
                .hasMessageContaining("holds text 'abc'");
        assertThatThrownBy(() -> Image.fromRecord(Record.builder("x").set("image", new byte[4]).build(), "image"))
                .hasMessageContaining("has no shape");
        assertThatThrownBy(() -> Image.fromRecord(Record.builder("x").set("image", new byte[4]).set("width", 2L)
                .set("height", 2L).set("channels", 2L).build(), "image")).hasMessageContaining("channels must be 1 (gray) or 3");
        assertThatThrownBy(() -> Image.fromRecord(Record.builder("x").set("image", new byte[4]).set("width", "2")
                .set("height", 2L).build(), "image")).hasMessageContaining("'width' must be a whole number");
    }

    @Test
    void grayRoundTripsThroughPngExactly() throws IOException {
        Image img = Image.generate(3, 2, 1, (x, y, c) -> x * 100 + y * 7);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png(img.toBufferedImage())));
        Image read = Image.fromBufferedImage(back, 0);
        assertThat(read).isEqualTo(img);
        assertThat(read.get(2, 1, 0)).isEqualTo(207);
    }

    @Test
    void rgbRoundTripsAndConvertsToGrayByLuma() throws IOException {
        Image img = Image.generate(2, 1, 3, (x, y, c) -> x == 0 ? (c == 0 ? 255 : 0) : 100);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png(img.toBufferedImage())));
        assertThat(Image.fromBufferedImage(back, 0)).isEqualTo(img);
        Image gray = Image.fromBufferedImage(back, 1);
        assertThat(gray.channels()).isEqualTo(1);
        assertThat(gray.get(0, 0, 0)).isEqualTo(Math.round(0.299 * 255)); // pure red
        assertThat(gray.get(1, 0, 0)).isEqualTo(100);
        Image rgbFromGray = Image.fromBufferedImage(Image.filled(1, 1, 1, 77).toBufferedImage(), 3);
        assertThat(rgbFromGray.pixels()).containsExactly(77, 77, 77);
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
