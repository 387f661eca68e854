package ai.refinery.cli;

import ai.refinery.core.run.RunListener;
import ai.refinery.core.run.RunReport;
import java.io.PrintWriter;

/**
 * Shows progress on the terminal: a bar redrawn in place (at most 5 times a second) when stderr is
 * a terminal, otherwise a plain line every 10 seconds so that logs stay readable.
 */
final class ProgressBar implements RunListener {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean interactive;
    private final long intervalNanos;
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintWriter err, boolean interactive) {
        this.err = err;
        this.interactive = interactive;
        this.intervalNanos = interactive ? 200_000_000L : 10_000_000_000L;
        this.lastDraw = System.nanoTime(); // a run shorter than one interval shows no progress at all
    }

    @Override
    public synchronized void progress(Progress p) {
        if (due(false)) draw(render(p));
    }

    @Override
    public synchronized void stageProgress(String stage, double fraction, String detail) {
        if (due(fraction >= 1)) draw(String.format("%-8s %s %3.0f%% %s", stage, bar(fraction), 100 * Math.min(1, fraction), detail));
    }

    /** Whether a line may be drawn now (the last one is always drawn). */
    private boolean due(boolean last) {
        long now = System.nanoTime();
        if (now - lastDraw < intervalNanos && !last) return false;
        lastDraw = now;
        return true;
    }

    private void draw(String line) {
        if (interactive) {
            err.print("\r" + line + "\u001b[K");
        } else {
            err.println(line);
        }
        err.flush();
        drawn = true;
    }

    @Override
    public synchronized void finished(RunReport report) {
        if (interactive && drawn) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }

    static String bar(double fraction) {
        int filled = (int) Math.round(Math.min(1, fraction) * WIDTH);
        StringBuilder bar = new StringBuilder("[");
        for (int i = 0; i < WIDTH; i++) bar.append(i < filled ? '=' : i == filled ? '>' : ' ');
        return bar.append(']').toString();
    }

    static String render(Progress p) {
        double fraction = p.totalBytes() > 0 ? Math.min(1.0, (double) p.bytesRead() / p.totalBytes()) : 0;
        String bar = bar(fraction);
        double rate = p.elapsedSeconds() > 0 ? p.recordsIn() / p.elapsedSeconds() : 0;
        String eta = fraction > 0.001 ? formatDuration(p.elapsedSeconds() * (1 - fraction) / fraction) : "--:--";
        return String.format("%s %3.0f%% %,d records  %s/s  ETA %s", bar, 100 * fraction, p.recordsIn(), human(rate), eta);
    }

    static String human(double rate) {
        if (rate >= 1e6) return String.format("%.2fM", rate / 1e6);
        if (rate >= 1e3) return String.format("%.1fk", rate / 1e3);
        return String.format("%.0f", rate);
    }

    static String formatDuration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }
}
