package ai.refinery.learn.tensor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * Fixed sets of daemon threads for the parallel kernels, one per size and shared by every kernel of
 * that size, so creating kernels in tests or benchmarks does not leak threads.
 *
 * <p>Not a ThreadPoolExecutor: waking a parked thread costs 50–100 µs on a VM, as much as a whole
 * product of an MLP step. So a worker spins for {@link #SPIN_NANOS} after each task before it
 * parks, and the caller spins the same while it waits: back-to-back products, as in training, then
 * never park. One caller uses the pool at a time; others wait for it.
 */
final class WorkerPool {
    static final long SPIN_NANOS = 200_000;

    private static final Map<Integer, WorkerPool> POOLS = new ConcurrentHashMap<>();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Worker[] workers;
    private final ReentrantLock inUse = new ReentrantLock();

    private WorkerPool(int size) {
        workers = new Worker[size];
        for (int i = 0; i < size; i++) {
            workers[i] = new Worker("refinery-gemm-" + SEQUENCE.incrementAndGet());
            workers[i].start();
        }
    }

    /** A pool of {@code size} daemon workers (size ≥ 1). */
    static WorkerPool of(int size) {
        return POOLS.computeIfAbsent(size, WorkerPool::new);
    }

    /** True on a pool thread: a product started there must not wait for the pool it is running in. */
    static boolean isWorker() {
        return Thread.currentThread() instanceof Worker;
    }

    /**
     * Runs {@code tasks[i]} on worker i and the last task on the calling thread; returns when all
     * have finished, then rethrows the first failure. At most one task more than there are workers.
     */
    void runAll(Runnable[] tasks) {
        if (tasks.length > workers.length + 1) throw new IllegalArgumentException(tasks.length + " tasks for " + workers.length + " workers");
        inUse.lock();
        try {
            Batch batch = new Batch(tasks.length - 1);
            for (int i = 0; i < tasks.length - 1; i++) workers[i].give(tasks[i], batch);
            try {
                tasks[tasks.length - 1].run();
            } catch (RuntimeException | Error e) {
                batch.fail(e);
            }
            batch.await();
        } finally {
            inUse.unlock();
        }
    }

    /** Spins until {@code ready} or the spin time is over; true if ready. */
    private static boolean spinUntil(BooleanSupplier ready) {
        long deadline = System.nanoTime() + SPIN_NANOS;
        while (!ready.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) return false;
            Thread.onSpinWait();
        }
        return true;
    }

    /** The tasks of one call: the caller waits until all the workers' tasks are done. */
    private static final class Batch {
        private final AtomicInteger remaining;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final Thread caller = Thread.currentThread();
        private volatile boolean callerParked;

        Batch(int tasks) {
            remaining = new AtomicInteger(tasks);
        }

        void fail(Throwable t) {
            failure.compareAndSet(null, t);
        }

        void done() {
            if (remaining.decrementAndGet() == 0 && callerParked) LockSupport.unpark(caller);
        }

        void await() {
            boolean interrupted = false;
            if (!spinUntil(() -> remaining.get() == 0)) {
                callerParked = true; // read by done() after its decrement: one of the two sees the other
                while (remaining.get() != 0) {
                    LockSupport.park(this);
                    if (Thread.interrupted()) interrupted = true; // C is still being written: keep waiting
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
            Throwable t = failure.get();
            if (t instanceof RuntimeException e) throw e;
            if (t instanceof Error e) throw e;
        }
    }

    private static final class Worker extends Thread {
        private volatile Runnable task;
        private volatile Batch batch;
        private volatile boolean parked;

        Worker(String name) {
            super(name);
            setDaemon(true);
        }

        void give(Runnable t, Batch b) {
            batch = b;
            task = t; // published last: the worker reads task first
            if (parked) LockSupport.unpark(this);
        }

        @Override
        public void run() {
            while (true) {
                Runnable t = take();
                Batch b = batch;
                try {
                    t.run();
                } catch (Throwable e) {
                    b.fail(e);
                } finally {
                    b.done();
                }
            }
        }

        private Runnable take() {
            if (!spinUntil(() -> task != null)) {
                parked = true; // read by give() after it sets the task: one of the two sees the other
                while (task == null) LockSupport.park(this);
                parked = false;
            }
            Runnable t = task;
            task = null;
            return t;
        }
    }
}
