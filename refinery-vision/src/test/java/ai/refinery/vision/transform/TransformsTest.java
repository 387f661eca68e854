package ai.refinery.vision.transform;

import static ai.refinery.vision.transform.TestImages.gray;
import static ai.refinery.vision.transform.TestImages.image;
import static ai.refinery.vision.transform.TestImages.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.refinery.core.record.Record;
import ai.refinery.vision.image.Image;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each transform on tiny images whose expected pixels are worked out by hand. */
class TransformsTest {
    @Test
    void invertSubtractsFrom255() {
        Record out = new Invert(new Invert.Config("image")).map(gray("a", 2, 1, 0, 200));
        assertThat(values(out)).containsExactly(255, 55);
    }

    @Test
    void resizeUpsamplesBilinearlyWithAlignedCentres() {
        // 2x1 [0, 100] to 4x1: sample positions -0.25, 0.25, 0.75, 1.25 -> clamp 0, 0.25, 0.75, clamp 1
        Record out = new Resize(new Resize.Config("image", 4, 1)).map(gray("a", 2, 1, 0, 100));
        assertThat(values(out)).containsExactly(0, 25, 75, 100);
        assertThat(out.getLong("width")).isEqualTo(4L);
        assertThat(out.getLong("height")).isEqualTo(1L);
    }

    @Test
    void resizeDownsamplesByAveragingNeighbours() {
        // 4x4 to 2x2: each output samples the middle of a 2x2 block (position 0.5), the block's mean
        Record in = gray("a", 4, 4,
                0, 10, 20, 30,
                40, 50, 60, 70,
                80, 90, 100, 110,
                120, 130, 140, 150);
        Record out = new Resize(new Resize.Config("image", 2, 2)).map(in);
        assertThat(values(out)).containsExactly(25, 45, 105, 125);
    }

    @Test
    void resizeKeepsChannelsApart() {
        Image rgb = Image.generate(2, 2, 3, (x, y, c) -> c == 0 ? 255 : c == 1 ? x * 100 : 0);
        Image out = image(new Resize(new Resize.Config("image", 1, 1)).map(TestImages.record("a", rgb)));
        assertThat(out.pixels()).containsExactly(255, 50, 0);
    }

    @Test
    void cropTakesABoxOrTheCentre() {
        Record in = gray("a", 4, 3,
                1, 2, 3, 4,
                5, 6, 7, 8,
                9, 10, 11, 12);
        assertThat(values(new Crop(new Crop.Config("image", 2, 2, 2, 1)).map(in))).containsExactly(7, 8, 11, 12);
        assertThat(values(new Crop(new Crop.Config("image", 2, 1, null, null)).map(in))).containsExactly(6, 7);
        assertThatThrownBy(() -> new Crop(new Crop.Config("image", 3, 3, 2, 0)).map(in))
                .hasMessageContaining("record a").hasMessageContaining("does not fit in the 4x3 image");
    }

    @Test
    void padCentresTheImageOnTheFill() {
        Record out = new Pad(new Pad.Config("image", 4, 3, 9)).map(gray("a", 2, 1, 1, 2));
        assertThat(values(out)).containsExactly(
                9, 9, 9, 9,
                9, 1, 2, 9,
                9, 9, 9, 9);
        assertThatThrownBy(() -> new Pad(new Pad.Config("image", 1, 1, 0)).map(gray("b", 2, 1, 1, 2)))
                .hasMessageContaining("record b").hasMessageContaining("cannot pad the 2x1 image to the smaller 1x1");
    }

    @Test
    void centerOfMassMovesTheCentroidToTheMiddle() {
        // centroid at (0, 0) in a 5x5 image: shifted by (+2, +2)
        int[] v = new int[25];
        v[0] = 200;
        Record out = new CenterOfMass(new CenterOfMass.Config("image", 0)).map(gray("a", 5, 5, v));
        int[] expected = new int[25];
        expected[2 * 5 + 2] = 200;
        assertThat(values(out)).containsExactly(expected);

        // 100 at x=3 and 255 at x=4 in a row of 5: centroid 3.72 -> shift round(2 - 3.72) = -2
        Record row = gray("b", 5, 1, 0, 0, 0, 100, 255);
        int[] r = values(new CenterOfMass(new CenterOfMass.Config("image", 0)).map(row));
        double centroid = (3 * 100 + 4 * 255) / 355.0;
        int shift = (int) Math.round(2 - centroid);
        int[] want = new int[5];
        want[3 + shift] = 100;
        want[4 + shift] = 255;
        assertThat(r).containsExactly(want);
    }

    @Test
    void centerOfMassLeavesBlankAndCentredImagesAlone() {
        Record blank = gray("a", 3, 3, new int[9]);
        assertThat(new CenterOfMass(new CenterOfMass.Config("image", 0)).map(blank)).isSameAs(blank);
        Record centred = gray("b", 3, 1, 50, 0, 50);
        assertThat(new CenterOfMass(new CenterOfMass.Config("image", 0)).map(centred)).isSameAs(centred);
    }

    @Test
    void toTensorScalesTo01InEitherLayout() {
        Record in = TestImages.record("a", Image.generate(2, 1, 3, (x, y, c) -> x == 0 ? c * 51 : 255));
        float[] hwc = new ToTensor(new ToTensor.Config("image", "pixels", Tensors.Layout.HWC, false)).map(in).getFloatVector("pixels");
        assertThat(hwc).containsExactly(new float[] {0f, 0.2f, 0.4f, 1f, 1f, 1f}, within(1e-6f));
        Record chwRecord = new ToTensor(new ToTensor.Config("image", "t", Tensors.Layout.CHW, true)).map(in);
        assertThat(chwRecord.getFloatVector("t")).containsExactly(new float[] {0f, 1f, 0.2f, 1f, 0.4f, 1f}, within(1e-6f));
        assertThat(chwRecord.has("image")).isFalse();
    }

    @Test
    void normalizeAppliesMeanAndStdPerChannel() {
        Record in = TestImages.record("a", Image.generate(1, 1, 3, (x, y, c) -> 255));
        Normalize n = new Normalize(new Normalize.Config("image", List.of(0.5, 0.0, 1.0), List.of(0.5, 2.0, 1.0), "pixels",
                Tensors.Layout.HWC, false));
        assertThat(n.map(in).getFloatVector("pixels")).containsExactly(new float[] {1f, 0.5f, 0f}, within(1e-6f));

        Normalize mnist = new Normalize(new Normalize.Config("image", List.of(0.1307), List.of(0.3081), "pixels",
                Tensors.Layout.HWC, false));
        float[] f = mnist.map(gray("m", 2, 1, 0, 255)).getFloatVector("pixels");
        assertThat(f[0]).isCloseTo((float) (-0.1307 / 0.3081), within(1e-5f));
        assertThat(f[1]).isCloseTo((float) ((1 - 0.1307) / 0.3081), within(1e-5f));
        assertThatThrownBy(() -> n.map(gray("g", 1, 1, 3)))
                .hasMessageContaining("record g").hasMessageContaining("image has 1 channel(s)");
    }

    @Test
    void idxRecordsStayConsistentThroughAChain() {
        byte[] px = new byte[4 * 4];
        px[5] = (byte) 255;
        Record mnist = Record.builder("m").set("image", px).set("rows", 4L).set("cols", 4L).set("label", 1L).build();
        Record padded = new Pad(new Pad.Config("image", 6, 6, 0)).map(mnist);
        Record out = new Resize(new Resize.Config("image", 3, 3)).map(new CenterOfMass(new CenterOfMass.Config("image", 0)).map(padded));
        assertThat(out.getLong("rows")).isEqualTo(3L);
        assertThat(out.getLong("cols")).isEqualTo(3L);
        assertThat(out.getBytes("image")).hasSize(9);
        assertThat(out.getLong("label")).isEqualTo(1L);
    }
}
