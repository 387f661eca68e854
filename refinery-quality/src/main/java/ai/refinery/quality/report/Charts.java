package ai.refinery.quality.report;

import ai.refinery.quality.report.chart.Chart;
import ai.refinery.quality.report.chart.PngRenderer;
import ai.refinery.quality.report.chart.SvgRenderer;
import ai.refinery.quality.report.html.Html;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The charts of one report. A section places a chart once; the same {@link Chart} is drawn inline
 * as SVG now and as {@code charts/<name>.png} when the page is written, so the two cannot drift.
 */
final class Charts {
    static final String DIR = "charts";

    private final List<Chart> charts = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final boolean pngs;

    Charts(boolean pngs) {
        this.pngs = pngs;
    }

    /** Places the chart as a figure with a caption (may be null) and, when PNGs are written, a link to its PNG. */
    void figure(Html h, Chart chart, String caption, String cssClass) {
        if (!names.add(chart.name())) throw new IllegalStateException("two charts named " + chart.name());
        charts.add(chart);
        h.open("figure", "class", cssClass == null ? "chart" : "chart " + cssClass);
        h.trusted(SvgRenderer.render(chart)); // SvgRenderer escapes every text it writes
        if (caption != null || pngs) {
            h.open("figcaption");
            if (caption != null) h.text(caption + " ");
            if (pngs) h.el("a", "PNG", "href", DIR + "/" + chart.name() + ".png", "class", "png");
            h.close("figcaption");
        }
        h.close("figure");
    }

    List<Chart> all() {
        return List.copyOf(charts);
    }

    /** Replaces the PNGs of an earlier report with this one's. */
    void writePngs(Path refineryDir) throws IOException {
        if (!pngs) return;
        Path dir = refineryDir.resolve(DIR);
        Files.createDirectories(dir);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "*.png")) {
            for (Path p : old) Files.delete(p);
        }
        for (Chart c : charts) PngRenderer.write(c, dir.resolve(c.name() + ".png"));
    }
}
