package ai.refinery.core.exec;

import ai.refinery.core.config.ConfigException;
import ai.refinery.core.config.Mark;
import ai.refinery.core.recipe.ExecutorSpec;
import ai.refinery.core.recipe.OutputSpec;
import ai.refinery.core.recipe.Recipe;
import ai.refinery.core.run.RunListener;
import ai.refinery.core.run.RunReport;
import ai.refinery.core.run.RunReportJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a recipe on this machine with a pool of worker threads.
 *
 * <p>The calling thread reads the input into batches and hands them to a {@link BatchFlow}, where
 * decoding and record-at-a-time steps run in parallel while grouped decisions and the shard writer
 * keep input order. So output order and dedup decisions do not depend on thread count, and at
 * most {@code max_in_flight} batches are in memory. Shards already logged by an interrupted run are
 * skipped on {@code --resume} (or replayed without writing, when grouped operators must see them).
 */
public final class LocalExecutor implements Executor {
    private static final System.Logger LOG = System.getLogger(LocalExecutor.class.getName());

    /** Registers this executor as {@code executor.type: local}. */
    public static final class Provider implements ExecutorProvider {
        @Override public String type() { return "local"; }
        @Override public Executor create() { return new LocalExecutor(); }
    }

    @Override
    public RunReport run(Recipe recipe, RunOptions options) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        String runId = RunIds.next(started);
        OutputSpec out = recipe.output();
        OutputLayout layout = new OutputLayout(out.dir());
        ExecutorSpec ex = recipe.executor();
        CompiledPipeline pipeline = new CompiledPipeline(recipe.pipeline(), recipe.input(), out.droppedSamples(), out.changedSamples());
        RunHooks hooks = options.hooks();
        TapSet inputTaps = new TapSet(hooks.inputTaps());
        TapSet outputTaps = new TapSet(hooks.outputTaps());
        Path shardDir = layout.shardDir(hooks.gated());
        long batchesPerShard = Math.max(1, (out.recordsPerShard() + ex.batchSize() - 1) / ex.batchSize());
        ResumeJournal.Header header = new ResumeJournal.Header(recipe.fingerprint(), ex.batchSize(), batchesPerShard, out.format().name(),
                hooks.gated());

        ShardCounters total = new ShardCounters(pipeline.newStats());
        java.util.Map<Integer, ResumeJournal.ShardEntry> done;
        ResumeJournal journal;
        try {
            done = prepareOutput(recipe, options.resume(), layout, header, shardDir);
            journal = ResumeJournal.create(layout.journal(), header);
            for (ResumeJournal.ShardEntry e : done.values().stream().sorted(java.util.Comparator.comparingInt(ResumeJournal.ShardEntry::shard)).toList()) {
                journal.log(e);
                total.add(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare output directory " + out.dir() + ": " + e.getMessage(), e);
        }

        RunListener listener = options.listener();
        Throwable failure = null;
        listener.started(runId, recipe.input().totalBytes(), recipe.input().files().size());
        ShardOutput writer = new ShardOutput(out, layout, journal, pipeline::newStats, total, shardDir, inputTaps, outputTaps);
        int threads = ex.effectiveThreads();
        ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, daemonThreads(runId));
        List<RunReport.InputInfo> inputs = List.of();
        ProgressTracker progress = new ProgressTracker(listener, recipe.input().totalBytes(), t0, total);

        BatchFlow flow = null;
        try (InputCursor cursor = new InputCursor(recipe.input(), ex.batchSize())) {
            flow = new BatchFlow(pipeline, writer, out, pool, ex.effectiveMaxInFlight(), w -> progress.batchWritten(w, cursor.bytesRead()));
            long seq = 0;
            while (flow.failure() == null) {
                InputCursor.Batch batch = cursor.next();
                if (batch == null) break;
                int shard = Math.toIntExact(seq++ / batchesPerShard);
                boolean replay = done.containsKey(shard);
                if (replay && !pipeline.hasGroupedOperators() && !hooks.observes()) continue; // nothing to rebuild: skip unparsed
                BatchWork work = new BatchWork(shard, replay, batch, pipeline.newStats());
                work.inputPartials = inputTaps.newPartials();
                work.outputPartials = outputTaps.newPartials();
                flow.submit(work);
            }
            flow.awaitAll();
            if (flow.failure() == null) writer.commit();
            inputs = cursor.inputs();
        } catch (IOException | RuntimeException e) {
            if (flow != null) flow.fail(e);
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (flow != null) flow.fail(e);
            failure = e;
        } finally {
            if (flow != null) {
                flow.awaitAll(); // no worker may touch the output while it is aborted below
                if (failure == null) failure = flow.failure();
            }
            pool.shutdownNow();
            if (failure != null) writer.abort();
            try {
                journal.close();
            } catch (IOException ignored) {
                // every line was forced to disk when written
            }
        }

        if (failure != null && !(failure instanceof IOException) && !(failure instanceof UncheckedIOException)) {
            LOG.log(System.Logger.Level.ERROR, "run " + runId + " failed", failure); // a bug: keep the stack trace
        }
        List<RunReport.OutputInfo> outputs = new ArrayList<>();
        done.values().stream().sorted(java.util.Comparator.comparingInt(ResumeJournal.ShardEntry::shard))
                .forEach(e -> outputs.add(new RunReport.OutputInfo(e.file(), e.recordsOut(), e.bytes())));
        outputs.addAll(writer.outputs());
        RunReport report = RunReports.build(runId, recipe, started, t0, options.resume() && !done.isEmpty(), total,
                inputs, outputs, layout, failure, threads);
        if (hooks.gated()) report = publishOrKeep(report, hooks, layout, outputs);
        if (report.succeeded()) {
            try {
                DroppedSampleFiles.groupByStepAndReason(layout.droppedDir());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot regroup the dropped-record samples in " + layout.droppedDir() + ": " + e.getMessage(), e);
            }
        }
        try {
            RunReportJson.write(report, layout.runJson());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + layout.runJson() + ": " + e.getMessage(), e);
        }
        listener.finished(report);
        return report;
    }

    /**
     * Asks the gate of a run whose shards were staged: publishes them into the output directory, or
     * keeps them in staging and fails the run with the gate's reason.
     */
    private static RunReport publishOrKeep(RunReport report, RunHooks hooks, OutputLayout layout, List<RunReport.OutputInfo> staged) {
        String refusal = report.succeeded() ? hooks.refusal() : "not asked: the run failed";
        if (refusal == null) {
            try {
                layout.publish(staged.stream().map(RunReport.OutputInfo::path).toList());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot move the staged shards into " + layout.dir() + ": " + e.getMessage(), e);
            }
            return report;
        }
        String stagingPrefix = layout.dir().relativize(layout.stagingDir()).toString().replace('\\', '/') + "/";
        List<RunReport.OutputInfo> outputs = new ArrayList<>();
        for (RunReport.OutputInfo o : staged) outputs.add(new RunReport.OutputInfo(stagingPrefix + o.path(), o.records(), o.bytes()));
        String failure = report.succeeded()
                ? "output not published: " + refusal + " (the rejected shards are in " + layout.stagingDir()
                        + "; shards of an earlier run in " + layout.dir() + " were left as they were)"
                : report.failure();
        return report.withOutcome(RunReport.Status.FAILED, failure, outputs);
    }

    /** Checks that the output may be written and returns the shards a resumed run can keep. */
    private static Map<Integer, ResumeJournal.ShardEntry> prepareOutput(Recipe recipe, boolean resume, OutputLayout layout,
                                                                       ResumeJournal.Header header, Path shardDir) throws IOException {
        OutputSpec out = recipe.output();
        Mark where = Mark.of(recipe.file().toString());
        if (resume) {
            ResumeJournal.Loaded loaded = ResumeJournal.load(layout.journal());
            if (loaded.header() != null && !loaded.header().equals(header)) {
                throw new ConfigException(where, "cannot resume into " + out.dir() + ": it was written by a different recipe, "
                        + "settings or input (fingerprint differs); run without --resume and with output.mode: overwrite to start over");
            }
            layout.clearTemporaries();
            Files.createDirectories(out.dir());
            Map<Integer, ResumeJournal.ShardEntry> kept = new java.util.HashMap<>();
            for (ResumeJournal.ShardEntry e : loaded.shards().values()) {
                java.nio.file.Path p = shardDir.resolve(e.file());
                if (Files.isRegularFile(p) && Files.size(p) == e.bytes()) kept.put(e.shard(), e);
            }
            return kept;
        }
        if (layout.holdsOutput()) {
            if (out.mode() != OutputSpec.WriteMode.OVERWRITE) {
                throw new ConfigException(where, "output directory " + out.dir() + " already holds the output of a run; "
                        + "use --resume to finish an interrupted run, set output.mode: overwrite (or --set output.mode=overwrite) "
                        + "to replace it, or choose another output.path");
            }
            layout.clear(header.staged());
        }
        Files.createDirectories(out.dir());
        return Map.of();
    }

    private static ThreadFactory daemonThreads(String runId) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "refinery-" + runId + "-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
