package ai.refinery.quality.report;

import ai.refinery.quality.report.html.Html;
import java.nio.file.Files;
import java.time.Instant;

/** Names the files the report was made from and beside it, so a reader knows where to dig further. */
final class Footer {
    private final ReportContext ctx;

    Footer(ReportContext ctx) {
        this.ctx = ctx;
    }

    void write(Html h) {
        RunData d = ctx.data;
        h.open("footer");
        h.el("h2", "Files");
        h.open("ul", "class", "files");
        file(h, RunData.RUN_JSON, "the run report this page shows");
        if (Files.exists(d.dir.resolve(RunData.PROFILE_JSON))) file(h, RunData.PROFILE_JSON, "input and output profiles");
        side(h, RunData.DROPPED, d.dropped, "examples of dropped records");
        side(h, RunData.CHANGED, d.changed, "examples of changed records");
        side(h, RunData.QUARANTINE, d.quarantine, "quarantined records, with the error");
        if (ctx.options.writePngs() && !ctx.charts.all().isEmpty()) {
            file(h, Charts.DIR + "/", ctx.charts.all().size() + " PNG images of this page's charts, for terminals and chat");
        }
        h.close("ul");
        h.el("p", "All paths are relative to " + d.dir.toAbsolutePath() + ". Written " + Header.time(Instant.now().toString())
                + " by Refinery; this page loads nothing from the network.", "class", "note");
        h.close("footer");
    }

    private void side(Html h, String dir, Samples s, String what) {
        if (!Files.isDirectory(ctx.data.dir.resolve(dir))) return;
        file(h, dir + "/", what + " (" + s.files + " files read for this page)");
    }

    private static void file(Html h, String name, String what) {
        h.open("li").el("code", name).text(" — " + what).close("li");
    }
}
