package ai.refinery.learn.tensor;

/**
 * Runs a kernel on {@code threads} threads: the calling thread and {@code threads - 1} daemon
 * workers. C is cut into as many blocks of whole rows or whole columns, a fixed function of the
 * sizes and the thread count, and each block is one ordinary call of the kernel; so each element of
 * C is computed by exactly one thread, in the kernel's own order, whatever the scheduling.
 *
 * <p>Rows are cut when C is taller than wide and columns otherwise, so the operand each thread
 * packs in full (B for row blocks, A for column blocks) is the smaller one. Blocks are whole
 * multiples of the kernel's tile so no tile is split. Products smaller than {@link #SERIAL_BELOW}
 * multiply-adds (64³) run on the calling thread: below that, even the few microseconds of handing
 * a block to a spinning worker cost more than they save.
 */
final class ParallelGemm implements Gemm {
    static final long SERIAL_BELOW = 1L << 18;

    private final Gemm kernel;
    private final int threads;
    private final int rowTile;
    private final int colTile;
    private final WorkerPool pool;

    ParallelGemm(Gemm kernel, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        this.kernel = kernel;
        this.threads = threads;
        this.rowTile = kernel instanceof Tiled t ? t.rowTile() : 1;
        this.colTile = kernel instanceof Tiled t ? t.colTile() : 1;
        this.pool = threads > 1 ? WorkerPool.of(threads - 1) : null;
    }

    int threads() {
        return threads;
    }

    Gemm kernel() {
        return kernel;
    }

    @Override
    public void gemm(boolean transA, boolean transB, int m, int n, int k, float alpha, float[] a, int aOffset, int lda,
                     float[] b, int bOffset, int ldb, float beta, float[] c, int cOffset, int ldc) {
        GemmArgs.check(transA, transB, m, n, k, a, aOffset, lda, b, bOffset, ldb, c, cOffset, ldc);
        boolean byRows = m > n;
        int tile = byRows ? rowTile : colTile;
        int tiles = ceilDiv(byRows ? m : n, tile);
        int blocks = Math.min(threads, tiles);
        if (blocks <= 1 || (long) m * n * k < SERIAL_BELOW || WorkerPool.isWorker()) {
            kernel.gemm(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
            return;
        }
        int size = byRows ? m : n;
        Runnable[] parts = new Runnable[blocks];
        for (int blk = 0; blk < blocks; blk++) {
            int from = Math.min(size, (int) ((long) tiles * blk / blocks) * tile);
            int to = Math.min(size, (int) ((long) tiles * (blk + 1) / blocks) * tile);
            parts[blk] = byRows
                    ? () -> kernel.gemm(transA, transB, to - from, n, k, alpha,
                            a, aOffset + (transA ? from : from * lda), lda, b, bOffset, ldb,
                            beta, c, cOffset + from * ldc, ldc)
                    : () -> kernel.gemm(transA, transB, m, to - from, k, alpha, a, aOffset, lda,
                            b, bOffset + (transB ? from * ldb : from), ldb,
                            beta, c, cOffset + from, ldc);
        }
        pool.runAll(parts); // the caller takes the last block rather than sleep
    }

    private static int ceilDiv(int x, int y) {
        return (x + y - 1) / y;
    }

    @Override
    public String name() {
        return kernel.name() + "-" + threads + (threads == 1 ? "thread" : "threads");
    }
}
