package ai.refinery.core.exec;

import ai.refinery.core.io.SinkFormat;
import ai.refinery.core.recipe.OutputSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The chain of futures each batch flows through. Decode and record-at-a-time steps run on any
 * worker, many batches at once; each grouped decision and the writer are chained to the same
 * stage of the previous batch, so they run one batch at a time in input order. At most
 * {@code maxInFlight} batches are between {@link #submit} and written.
 */
final class BatchFlow {
    private final CompiledPipeline pipeline;
    private final ShardOutput writer;
    private final SinkFormat<java.lang.Record> sink;
    private final OutputSpec out;
    private final ExecutorService pool;
    private final Semaphore inFlight;
    private final java.util.function.Consumer<BatchWork> afterWrite;
    private final List<CompletableFuture<?>> lastDecision = new ArrayList<>();
    private final List<KeyIndex> indexes = new ArrayList<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private CompletableFuture<Void> lastWrite = CompletableFuture.completedFuture(null);

    @SuppressWarnings("unchecked")
    BatchFlow(CompiledPipeline pipeline, ShardOutput writer, OutputSpec out, ExecutorService pool, int maxInFlight,
              java.util.function.Consumer<BatchWork> afterWrite) {
        this.pipeline = pipeline;
        this.writer = writer;
        this.sink = (SinkFormat<java.lang.Record>) out.format();
        this.out = out;
        this.pool = pool;
        this.inFlight = new Semaphore(maxInFlight);
        this.afterWrite = afterWrite;
        for (int s = 0; s < pipeline.segmentCount(); s++) {
            lastDecision.add(CompletableFuture.completedFuture(null));
            int step = pipeline.groupedStepOf(s);
            indexes.add(step < 0 ? null : new KeyIndex(pipeline.verifies(step)));
        }
    }

    /** The first failure of any stage, or null. */
    Throwable failure() {
        return failure.get();
    }

    void fail(Throwable t) {
        failure.compareAndSet(null, t);
    }

    /** Sends a batch down the chain; blocks while too many batches are in flight. */
    void submit(BatchWork w) throws InterruptedException {
        inFlight.acquire();
        CompletableFuture<BatchWork> f = CompletableFuture.supplyAsync(() -> {
            pipeline.decode(w);
            pipeline.runSegment(w, 0);
            return w;
        }, pool);
        for (int s = 0; s < pipeline.segmentCount(); s++) {
            int step = pipeline.groupedStepOf(s);
            if (step < 0) continue;
            KeyIndex index = indexes.get(s);
            f = f.thenCombineAsync(lastDecision.get(s), (work, ignored) -> {
                pipeline.decide(work, step, index);
                return work;
            }, pool);
            lastDecision.set(s, f);
            int next = s + 1;
            if (next < pipeline.segmentCount()) {
                f = f.thenApplyAsync(work -> {
                    pipeline.runSegment(work, next);
                    return work;
                }, pool);
            }
        }
        f = f.thenApplyAsync(this::encode, pool);
        lastWrite = f.thenCombineAsync(lastWrite, (work, ignored) -> {
            write(work);
            return (Void) null;
        }, pool).whenComplete((v, e) -> {
            inFlight.release();
            if (e != null) fail(unwrap(e));
        });
    }

    private BatchWork encode(BatchWork w) {
        TapSet.acceptAll(w.outputPartials, w.records);
        if (w.replay) return w;
        try {
            w.encoded = sink.encode(w.records, out.options());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode records for " + out.shardName(w.shard) + ": " + e.getMessage(), e);
        }
        return w;
    }

    private void write(BatchWork w) {
        try {
            writer.accept(w);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write shard " + out.shardName(w.shard) + ": " + e.getMessage(), e);
        }
        afterWrite.accept(w);
    }

    /** Waits until every submitted batch is written or failed (each write waits for the one before). */
    void awaitAll() {
        try {
            lastWrite.join();
        } catch (CompletionException e) {
            fail(unwrap(e));
        }
    }

    static Throwable unwrap(Throwable e) {
        while ((e instanceof CompletionException || e instanceof java.util.concurrent.ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
