package ai.refinery.learn.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the driver cuts C: whole tiles, each element once, small products on the caller, daemon workers. */
class ParallelGemmTest {
    /** A kernel that records each call instead of computing. */
    private static final class Recorder implements Gemm, Tiled {
        record Call(Thread thread, int m, int n, int aOffset, int bOffset, int cOffset) {}

        final List<Call> calls = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void gemm(boolean transA, boolean transB, int m, int n, int k, float alpha, float[] a, int aOffset, int lda,
                         float[] b, int bOffset, int ldb, float beta, float[] c, int cOffset, int ldc) {
            calls.add(new Call(Thread.currentThread(), m, n, aOffset, bOffset, cOffset));
        }

        @Override
        public String name() {
            return "recorder";
        }

        @Override
        public int rowTile() {
            return 8;
        }

        @Override
        public int colTile() {
            return 32;
        }
    }

    private static void run(Gemm gemm, boolean transA, boolean transB, int m, int n, int k) {
        float[] a = new float[m * k];
        float[] b = new float[k * n];
        float[] c = new float[m * n];
        gemm.gemm(transA, transB, m, n, k, 1f, a, 0, transA ? m : k, b, 0, transB ? k : n, 0f, c, 0, n);
    }

    @Test
    void aTallProductIsCutIntoRowBlocksOfWholeTiles() {
        Recorder recorder = new Recorder();
        run(new ParallelGemm(recorder, 3), true, false, 784, 500, 64);
        assertThat(recorder.calls).hasSize(3);
        List<Recorder.Call> calls = new ArrayList<>(recorder.calls);
        calls.sort((x, y) -> Integer.compare(x.cOffset(), y.cOffset()));
        int row = 0;
        for (Recorder.Call call : calls) {
            assertThat(call.n()).isEqualTo(500);
            assertThat(call.cOffset()).isEqualTo(row * 500);
            assertThat(call.aOffset()).isEqualTo(row); // A is transposed: its rows are columns of storage
            row += call.m();
            if (row < 784) assertThat(call.m() % 8).isZero();
        }
        assertThat(row).isEqualTo(784);
    }

    @Test
    void aWideProductIsCutIntoColumnBlocksAndRunsPartlyOnTheCaller() {
        Recorder recorder = new Recorder();
        run(new ParallelGemm(recorder, 2), false, true, 64, 784, 500);
        assertThat(recorder.calls).hasSize(2);
        List<Recorder.Call> calls = new ArrayList<>(recorder.calls);
        calls.sort((x, y) -> Integer.compare(x.cOffset(), y.cOffset()));
        assertThat(calls.get(0).n()).isEqualTo(384);
        assertThat(calls.get(1).n()).isEqualTo(400);
        assertThat(calls.get(1).bOffset()).isEqualTo(384 * 500); // B is transposed: its columns are rows of storage
        assertThat(calls).extracting(Recorder.Call::thread).contains(Thread.currentThread());
        assertThat(calls).extracting(Recorder.Call::thread).filteredOn(t -> t != Thread.currentThread())
                .allSatisfy(t -> assertThat(t.isDaemon()).isTrue());
    }

    @Test
    void smallProductsRunOnTheCallingThread() {
        Recorder recorder = new Recorder();
        run(new ParallelGemm(recorder, 2), false, false, 32, 32, 32);
        assertThat(recorder.calls).singleElement().extracting(Recorder.Call::thread).isEqualTo(Thread.currentThread());
    }

    @Test
    void aFailureInAWorkerReachesTheCaller() {
        Gemm failing = new Gemm() {
            @Override
            public void gemm(boolean transA, boolean transB, int m, int n, int k, float alpha, float[] a, int aOffset, int lda,
                             float[] b, int bOffset, int ldb, float beta, float[] c, int cOffset, int ldc) {
                if (cOffset == 0) throw new IllegalStateException("block failed"); // the first block, run by a worker
            }

            @Override
            public String name() {
                return "failing";
            }
        };
        assertThatThrownBy(() -> run(new ParallelGemm(failing, 2), false, false, 200, 200, 200))
                .isInstanceOf(IllegalStateException.class).hasMessage("block failed");
    }

    @Test
    void namesSayTheCoreAndTheThreads() {
        assertThat(Gemms.scalar(1).name()).isEqualTo("scalar-1thread");
        assertThat(Gemms.scalar(3).name()).isEqualTo("scalar-3threads");
        assertThatThrownBy(() -> Gemms.scalar(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
