package ai.refinery.quality.report;

import ai.refinery.quality.report.html.Fmt;
import ai.refinery.quality.report.html.Html;
import java.util.ArrayList;
import java.util.List;

/** Says how the samples were read when that limits them: budget reached, lines skipped. */
final class SamplesNote {
    private SamplesNote() {}

    static void write(Html h, Samples s) {
        List<String> parts = new ArrayList<>();
        if (s.budgetExhausted) parts.add("reading stopped after " + Fmt.count(s.linesRead) + " lines of " + s.files + " files");
        if (s.oversizedLines > 0) parts.add(Fmt.count(s.oversizedLines) + " lines over 1 MiB skipped");
        if (s.unreadableLines > 0) parts.add(Fmt.count(s.unreadableLines) + " unreadable lines skipped");
        if (!parts.isEmpty()) h.el("p", "Samples: " + String.join("; ", parts) + ".", "class", "note");
    }
}
