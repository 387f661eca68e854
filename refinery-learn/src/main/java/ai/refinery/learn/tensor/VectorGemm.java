package ai.refinery.learn.tensor;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API kernel, in the Goto/BLIS loop order: for each block of {@link #NC} columns and
 * {@link #KC} of k, op(B) is packed into panels of {@link #NR} columns (two vectors), and each panel
 * meets every {@link #MR}-row panel of op(A), {@link #MC} rows at a time. The micro-kernel keeps an
 * MR×NR tile of C in 16 vector registers and, for each step of k, loads two vectors of B, broadcasts
 * MR values of A and issues 16 FMAs; the B panel stays in L1 while the A rows stream from L2.
 *
 * <p>Packing is a pass over memory that costs as much as a quarter of the multiply at the sizes of
 * an MLP step, so it is avoided where it buys nothing: A is never packed (a broadcast reads one
 * value, from any layout; only a last partial panel is copied, to pad it with zeros), and a B that
 * is not transposed is packed by the first row panel's kernel as it reads it. A transposed B is
 * packed with gathers, NR rows of storage at a time.
 *
 * <p>Loaded only through {@link Gemms}, and only when the {@code jdk.incubator.vector} module is
 * present: naming this class anywhere else would make the JVM fail without it.
 *
 * <p>Each element of C is one lane of one accumulator, summed over k in order, block by block, and
 * merged into C with the same arithmetic in full and edge tiles, so results do not depend on how C
 * is split.
 */
final class VectorGemm implements Gemm, Tiled {
    static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int L = SPECIES.length();
    static final int MR = 8;
    static final int NR = 2 * L;
    static final int KC = 256;
    static final int MC = 128;
    static final int NC = NR * Math.max(1, 1024 / NR);

    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    private static final class Buffers {
        final float[] a = new float[MR * KC]; // a last partial row panel of A
        final float[] b = new float[KC * NC];
        final float[] tile = new float[MR * NR];
        private int[] gather = new int[NR];
        private int gatherLd = -1;

        int[] gatherIndex(int ld) {
            if (ld != gatherLd) {
                for (int j = 0; j < NR; j++) gather[j] = j * ld;
                gatherLd = ld;
            }
            return gather;
        }
    }

    VectorGemm() {
        if (SPECIES.vectorBitSize() < 128) {
            throw new UnsupportedOperationException("vectors of " + SPECIES.vectorBitSize() + " bits are no faster than scalar code");
        }
    }

    @Override
    public int rowTile() {
        return MR;
    }

    @Override
    public int colTile() {
        return NR;
    }

    @Override
    public void gemm(boolean transA, boolean transB, int m, int n, int k, float alpha, float[] a, int aOffset, int lda,
                     float[] b, int bOffset, int ldb, float beta, float[] c, int cOffset, int ldc) {
        GemmArgs.check(transA, transB, m, n, k, a, aOffset, lda, b, bOffset, ldb, c, cOffset, ldc);
        if (m == 0 || n == 0) return;
        if (k == 0 || alpha == 0f) {
            GemmArgs.scale(m, n, beta, c, cOffset, ldc);
            return;
        }
        Buffers buf = BUFFERS.get();
        int kcMax = GemmArgs.kBlock(k, KC);
        for (int j0 = 0; j0 < n; j0 += NC) {
            int nc = Math.min(NC, n - j0);
            for (int p0 = 0; p0 < k; p0 += kcMax) {
                int kc = Math.min(kcMax, k - p0);
                float betaHere = p0 == 0 ? beta : 1f; // later k blocks add to what the first wrote
                packB(transB, b, bOffset, ldb, p0, kc, j0, nc, buf);
                for (int i0 = 0; i0 < m; i0 += MC) {
                    int mc = Math.min(MC, m - i0);
                    if (mc % MR != 0) {
                        int i = mc / MR * MR;
                        Packing.packAPanel(transA, a, aOffset, lda, i0 + i, mc - i, p0, kc, MR, buf.a, 0);
                    }
                    for (int j = 0; j < nc; j += NR) {
                        int cols = Math.min(NR, nc - j);
                        int bAt = (j / NR) * kc * NR;
                        // B not transposed and not yet packed: the first row panel reads it in place and packs it
                        boolean packNow = !transB && cols == NR && i0 == 0;
                        for (int i = 0; i < mc; i += MR) {
                            int rows = Math.min(MR, mc - i);
                            // full row panels of A are read in place: each value is one broadcast, in any layout
                            float[] aArr = rows == MR ? a : buf.a;
                            int ai = rows < MR ? 0 : transA ? aOffset + p0 * lda + i0 + i : aOffset + (i0 + i) * lda + p0;
                            int ars = rows < MR || transA ? 1 : lda;
                            int aps = rows < MR ? MR : transA ? lda : 1;
                            if (packNow && i == 0) {
                                kernel(kc, aArr, ai, ars, aps, b, bOffset + p0 * ldb + j0 + j, ldb, buf.b, bAt, buf.tile);
                            } else {
                                kernel(kc, aArr, ai, ars, aps, buf.b, bAt, NR, null, 0, buf.tile);
                            }
                            int cAt = cOffset + (i0 + i) * ldc + j0 + j;
                            if (rows == MR && cols == NR) {
                                merge(buf.tile, alpha, betaHere, c, cAt, ldc);
                            } else {
                                mergeEdge(buf.tile, rows, cols, alpha, betaHere, c, cAt, ldc);
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * Packs what the kernel cannot pack as it goes: a transposed B (gathering each row of a panel
     * from NR rows of storage) and the last, partial panel of a B that is not transposed.
     */
    private static void packB(boolean transB, float[] b, int bOffset, int ldb, int p0, int kc, int j0, int nc, Buffers buf) {
        for (int j = transB ? 0 : nc / NR * NR; j < nc; j += NR) {
            int cols = Math.min(NR, nc - j);
            int at = (j / NR) * kc * NR;
            if (transB && cols == NR) {
                packBGather(b, bOffset, ldb, p0, kc, j0 + j, buf, at);
            } else {
                Packing.packBPanel(transB, b, bOffset, ldb, p0, kc, j0 + j, cols, NR, buf.b, at);
            }
        }
    }

    private static void packBGather(float[] b, int bOffset, int ldb, int p0, int kc, int j0, Buffers buf, int at) {
        int[] idx = buf.gatherIndex(ldb);
        int base = bOffset + j0 * ldb + p0;
        float[] dst = buf.b;
        for (int p = 0; p < kc; p++) {
            FloatVector.fromArray(SPECIES, b, base + p, idx, 0).intoArray(dst, at + p * NR);
            FloatVector.fromArray(SPECIES, b, base + p, idx, L).intoArray(dst, at + p * NR + L);
        }
    }

    /**
     * {@code tile = A panel · B panel}, an MR×NR tile. It ends in a store to a scratch tile rather
     * than to C: merging with alpha and beta in here would make the method too big for C2 to inline
     * the vector operations, and a vector that is not inlined is boxed, which is many times slower.
     */
    private static void kernel(int kc, float[] a, int ai, int ars, int aps, float[] b, int bi, int bps,
                               float[] packTo, int pi, float[] tile) {
        FloatVector z = FloatVector.zero(SPECIES);
        FloatVector c00 = z, c01 = z, c10 = z, c11 = z, c20 = z, c21 = z, c30 = z, c31 = z;
        FloatVector c40 = z, c41 = z, c50 = z, c51 = z, c60 = z, c61 = z, c70 = z, c71 = z;
        int r1 = ars, r2 = 2 * ars, r3 = 3 * ars, r4 = 4 * ars, r5 = 5 * ars, r6 = 6 * ars, r7 = 7 * ars;
        for (int p = 0; p < kc; p++, ai += aps, bi += bps) {
            FloatVector b0 = FloatVector.fromArray(SPECIES, b, bi);
            FloatVector b1 = FloatVector.fromArray(SPECIES, b, bi + L);
            if (packTo != null) {
                b0.intoArray(packTo, pi);
                b1.intoArray(packTo, pi + L);
                pi += NR;
            }
            FloatVector x = FloatVector.broadcast(SPECIES, a[ai]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(SPECIES, a[ai + r1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(SPECIES, a[ai + r2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(SPECIES, a[ai + r3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(SPECIES, a[ai + r4]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(SPECIES, a[ai + r5]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            x = FloatVector.broadcast(SPECIES, a[ai + r6]);
            c60 = x.fma(b0, c60);
            c61 = x.fma(b1, c61);
            x = FloatVector.broadcast(SPECIES, a[ai + r7]);
            c70 = x.fma(b0, c70);
            c71 = x.fma(b1, c71);
        }
        c00.intoArray(tile, 0);
        c01.intoArray(tile, L);
        c10.intoArray(tile, NR);
        c11.intoArray(tile, NR + L);
        c20.intoArray(tile, 2 * NR);
        c21.intoArray(tile, 2 * NR + L);
        c30.intoArray(tile, 3 * NR);
        c31.intoArray(tile, 3 * NR + L);
        c40.intoArray(tile, 4 * NR);
        c41.intoArray(tile, 4 * NR + L);
        c50.intoArray(tile, 5 * NR);
        c51.intoArray(tile, 5 * NR + L);
        c60.intoArray(tile, 6 * NR);
        c61.intoArray(tile, 6 * NR + L);
        c70.intoArray(tile, 7 * NR);
        c71.intoArray(tile, 7 * NR + L);
    }

    /** A full tile: {@code C = alpha*tile + beta*C}, beta 0 ignoring what C held, as BLAS does. */
    private static void merge(float[] tile, float alpha, float beta, float[] c, int at, int ldc) {
        for (int r = 0; r < MR; r++, at += ldc) {
            for (int v = 0; v < NR; v += L) {
                FloatVector t = FloatVector.fromArray(SPECIES, tile, r * NR + v).mul(alpha);
                if (beta != 0f) t = t.add(FloatVector.fromArray(SPECIES, c, at + v).mul(beta));
                t.intoArray(c, at + v);
            }
        }
    }

    /** An edge tile: the same arithmetic as {@link #merge}, element by element, on the part inside C. */
    private static void mergeEdge(float[] tile, int rows, int cols, float alpha, float beta, float[] c, int at, int ldc) {
        for (int r = 0; r < rows; r++, at += ldc) {
            for (int j = 0; j < cols; j++) {
                float t = alpha * tile[r * NR + j];
                c[at + j] = beta == 0f ? t : t + beta * c[at + j];
            }
        }
    }

    @Override
    public String name() {
        return "vector-" + isaName(SPECIES.vectorBitSize());
    }

    private static String isaName(int bits) {
        String arch = System.getProperty("os.arch", "");
        boolean x86 = arch.equals("amd64") || arch.equals("x86_64");
        if (x86 && bits == 512) return "avx512";
        if (x86 && bits == 256) return "avx2";
        return bits + "bit";
    }
}
