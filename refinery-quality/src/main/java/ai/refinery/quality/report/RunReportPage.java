package ai.refinery.quality.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code report.html} for a run, beside its {@code run.json}, and {@code charts/<name>.png}
 * for each chart. The page is one self-contained file whose size is bounded by the caps of
 * {@link ReportOptions}, not by the number of records: data shards are never read, and the side
 * files only until enough examples are found.
 */
public final class RunReportPage {
    private RunReportPage() {}

    public static final String FILE = "report.html";

    /** Writes the report with {@link ReportOptions#defaults()}. */
    public static Path write(Path refineryDir) throws IOException {
        return write(refineryDir, ReportOptions.defaults());
    }

    /**
     * Writes {@code report.html} in {@code refineryDir} (a run's {@code _refinery/} directory) and
     * returns its path; throws an IOException naming {@code run.json} when that cannot be read.
     */
    public static Path write(Path refineryDir, ReportOptions options) throws IOException {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        RunData data = RunData.load(refineryDir, options);
        Charts charts = new Charts(options.writePngs());
        ReportContext ctx = new ReportContext(data, options, charts, new ValueView(options.maxValueChars(), bytesColumns(data.profile)));
        String html = Page.render(ctx, sections(ctx));
        Path file = refineryDir.resolve(FILE);
        Path tmp = refineryDir.resolve("." + FILE + ".tmp");
        Files.writeString(tmp, html, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        charts.writePngs(refineryDir);
        return file;
    }

    /** The sections in page order; each decides from the data whether it appears. */
    static List<Section> sections(ReportContext ctx) {
        return List.of(
                new ExpectationsSection(ctx),
                new FunnelSection(ctx),
                new DropsSection(ctx),
                new ProfileSection(ctx),
                new TextSection(ctx),
                new DroppedSection(ctx),
                new QuarantineSection(ctx),
                new ChangedSection(ctx),
                new TrainSection(ctx),
                new EvaluateSection(ctx),
                new FilesSection(ctx));
    }

    /** Columns the profile says hold bytes: their values show as {@code bytes[n]}. */
    private static Set<String> bytesColumns(JsonNode profile) {
        Set<String> out = new HashSet<>();
        for (String side : new String[] {"input", "output"}) {
            for (Iterator<Map.Entry<String, JsonNode>> it = profile.path(side).path("columns").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> c = it.next();
                if (c.getValue().path("types").path("bytes").asLong(0) > 0) out.add(c.getKey());
            }
        }
        return out;
    }
}
