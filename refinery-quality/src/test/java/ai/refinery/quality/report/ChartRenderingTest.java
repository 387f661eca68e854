package ai.refinery.quality.report;

import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.quality.report.chart.BarRows;
import ai.refinery.quality.report.chart.Chart;
import ai.refinery.quality.report.chart.Palette;
import ai.refinery.quality.report.chart.PngRenderer;
import ai.refinery.quality.report.chart.SvgRenderer;
import ai.refinery.quality.report.chart.Ticks;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** One chart model, two renderings: the SVG and the PNG must show the same marks. */
class ChartRenderingTest {
    private static Chart bars(int n) {
        List<BarRows.Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(BarRows.Row.of("step " + i, BarRows.Bar.of(100 - 10 * i, Palette.ACCENT, Integer.toString(100 - 10 * i), null)));
        }
        return BarRows.chart("bars", "Bars <&>", rows, List.of(), BarRows.Style.WIDE);
    }

    @Test
    void svgAndPngShowTheSameBars() throws Exception {
        for (int n : new int[] {1, 4, 7}) {
            Chart chart = bars(n);
            assertThat(chart.count("bar")).isEqualTo(n);

            Document svg = Fixtures.parse(SvgRenderer.render(chart));
            List<Element> rects = Fixtures.all(svg, "rect").stream().filter(r -> r.getAttribute("class").equals("bar")).toList();
            assertThat(rects).hasSize(n);
            assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo(Integer.toString(chart.width()));

            BufferedImage png = PngRenderer.render(chart);
            assertThat(png.getWidth()).isEqualTo(chart.width() * PngRenderer.SCALE);
            assertThat(png.getHeight()).isEqualTo(chart.height() * PngRenderer.SCALE);
            // walk down a pixel column just right of the axis: one run of the bar colour per bar
            double x = Double.parseDouble(rects.get(0).getAttribute("x")) + 3;
            assertThat(runsOf(png, (int) (x * PngRenderer.SCALE), Palette.ACCENT.rgb())).isEqualTo(n);
            // and each SVG bar's length matches the PNG's
            for (Element r : rects) {
                int y = (int) ((Double.parseDouble(r.getAttribute("y")) + 4) * PngRenderer.SCALE);
                double svgEnd = Double.parseDouble(r.getAttribute("x")) + Double.parseDouble(r.getAttribute("width"));
                assertThat(lastOf(png, y, Palette.ACCENT.rgb()) / (double) PngRenderer.SCALE).isCloseTo(svgEnd, org.assertj.core.data.Offset.offset(1.0));
            }
        }
    }

    @Test
    void svgEscapesLabels() throws Exception {
        String svg = SvgRenderer.render(bars(1));
        assertThat(svg).contains("Bars &lt;&amp;&gt;").doesNotContain("Bars <&>");
        Fixtures.parse(svg);
    }

    @Test
    void ticksAreNiceAndCoverTheData() {
        Ticks t = Ticks.nice(0.92, 0.999, 5);
        assertThat(t.lo()).isLessThanOrEqualTo(0.92);
        assertThat(t.hi()).isGreaterThanOrEqualTo(0.999);
        assertThat(t.step()).isEqualTo(0.02, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Ticks.fromZero(0, 4).values()).first().isEqualTo(0.0);
        assertThat(Ticks.within(1, 15, 8).values()).allMatch(v -> v >= 1 && v <= 15);
        assertThat(Ticks.within(1, 9, 4).values()).hasSizeGreaterThanOrEqualTo(2).allMatch(v -> v >= 1 && v <= 9);
        assertThat(Ticks.nice(5, 5, 4).hi()).isGreaterThan(5);
    }

    private static int runsOf(BufferedImage img, int x, int rgb) {
        int runs = 0;
        boolean in = false;
        for (int y = 0; y < img.getHeight(); y++) {
            boolean match = (img.getRGB(x, y) & 0xFFFFFF) == rgb;
            if (match && !in) runs++;
            in = match;
        }
        return runs;
    }

    private static int lastOf(BufferedImage img, int y, int rgb) {
        int last = -1;
        for (int x = 0; x < img.getWidth(); x++) if ((img.getRGB(x, y) & 0xFFFFFF) == rgb) last = x;
        return last + 1;
    }
}
