package ai.refinery.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class CompressionTest {
    private static final long SEED = Long.getLong("refinery.test.seed", System.nanoTime());

    private static byte[] data(Random rnd, int size) {
        byte[] b = new byte[size];
        // half random, half repetitive text so that compression actually does something
        for (int i = 0; i < size; i++) b[i] = i % 2 == 0 ? (byte) rnd.nextInt() : (byte) ('a' + (i / 7) % 26);
        return b;
    }

    private static byte[] compress(Compression c, byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream os = c.compress(out)) {
            // in uneven pieces, as a writer would
            int pos = 0;
            int piece = 1;
            while (pos < data.length) {
                int n = Math.min(piece, data.length - pos);
                os.write(data, pos, n);
                pos += n;
                piece = piece * 3 + 1;
            }
        }
        return out.toByteArray();
    }

    private static byte[] decompress(Compression c, byte[] data) throws IOException {
        try (InputStream in = c.decompress(new ByteArrayInputStream(data))) {
            return in.readAllBytes();
        }
    }

    @Test
    void everyCompressionRoundTrips() throws IOException {
        Random rnd = new Random(SEED);
        for (Compression c : Compression.values()) {
            for (int size : new int[] {0, 1, 100, 65_536, 300_001}) {
                byte[] original = data(rnd, size);
                byte[] packed = compress(c, original);
                assertThat(decompress(c, packed)).as("%s, %d bytes, seed=%d", c, size, SEED).isEqualTo(original);
            }
        }
    }

    @Test
    void gzipAndZstdWriteTheirFormats() throws IOException {
        byte[] original = data(new Random(SEED), 10_000);
        byte[] gz = compress(Compression.GZIP, original);
        assertThat(gz[0] & 0xFF).isEqualTo(0x1F);
        assertThat(gz[1] & 0xFF).isEqualTo(0x8B);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            assertThat(in.readAllBytes()).as("seed=%d", SEED).isEqualTo(original);
        }
        byte[] zst = compress(Compression.ZSTD, original);
        assertThat(new byte[] {zst[0], zst[1], zst[2], zst[3]}).containsExactly(0x28, 0xB5, 0x2F, 0xFD);
        assertThat(zst.length).isLessThan(original.length);
        assertThat(compress(Compression.NONE, original)).isEqualTo(original);
    }

    @Test
    void noneHandsStreamsThrough() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(Compression.NONE.compress(out)).isSameAs(out);
        InputStream in = new ByteArrayInputStream(new byte[0]);
        assertThat(Compression.NONE.decompress(in)).isSameAs(in);
    }

    @Test
    void concatenatedGzipMembersAreReadWhole() throws IOException {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        both.write(compress(Compression.GZIP, "first\n".getBytes()));
        both.write(compress(Compression.GZIP, "second\n".getBytes()));
        assertThat(new String(decompress(Compression.GZIP, both.toByteArray()))).isEqualTo("first\nsecond\n");
    }

    @Test
    void corruptInputIsAnIOException() {
        byte[] garbage = "definitely not compressed".getBytes();
        assertThatThrownBy(() -> decompress(Compression.GZIP, garbage)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> decompress(Compression.ZSTD, garbage)).isInstanceOf(IOException.class);
    }

    @Test
    void truncatedInputIsAnIOException() throws IOException {
        byte[] original = data(new Random(SEED), 50_000);
        for (Compression c : new Compression[] {Compression.GZIP, Compression.ZSTD}) {
            byte[] packed = compress(c, original);
            byte[] cut = java.util.Arrays.copyOf(packed, packed.length / 2);
            assertThatThrownBy(() -> decompress(c, cut)).as("%s, seed=%d", c, SEED).isInstanceOf(IOException.class);
        }
    }

    @Test
    void suffixDetectionIsCaseInsensitive() {
        assertThat(Compression.ofFileName("a.jsonl.gz")).isEqualTo(Compression.GZIP);
        assertThat(Compression.ofFileName("A.JSONL.GZ")).isEqualTo(Compression.GZIP);
        assertThat(Compression.ofFileName("a.csv.zst")).isEqualTo(Compression.ZSTD);
        assertThat(Compression.ofFileName("a.csv.ZSTD")).isEqualTo(Compression.ZSTD);
        assertThat(Compression.ofFileName("a.csv.Zst")).isEqualTo(Compression.ZSTD);
        assertThat(Compression.ofFileName("a.jsonl")).isEqualTo(Compression.NONE);
        assertThat(Compression.ofFileName("a.gzip")).isEqualTo(Compression.NONE);
        assertThat(Compression.ofFileName("a.tgz")).isEqualTo(Compression.NONE);
        assertThat(Compression.ofFileName("gz")).isEqualTo(Compression.NONE);
        assertThat(Compression.ofFileName("")).isEqualTo(Compression.NONE);
    }

    @Test
    void stripSuffixRemovesOnlyTheCompressionSuffixKeepingCase() {
        assertThat(Compression.stripSuffix("Data.JSONL.GZ")).isEqualTo("Data.JSONL");
        assertThat(Compression.stripSuffix("part-00001.csv.zst")).isEqualTo("part-00001.csv");
        assertThat(Compression.stripSuffix("part.csv.ZSTD")).isEqualTo("part.csv");
        assertThat(Compression.stripSuffix("a.jsonl")).isEqualTo("a.jsonl");
        assertThat(Compression.stripSuffix("a.gz.jsonl")).isEqualTo("a.gz.jsonl");
        assertThat(Compression.stripSuffix("x.gz.gz")).isEqualTo("x.gz");
    }

    @Test
    void suffixesAreWhatTheDetectionRecognises() {
        assertThat(Compression.NONE.suffix()).isEmpty();
        for (Compression c : Compression.values()) {
            assertThat(Compression.ofFileName("f.jsonl" + c.suffix())).isEqualTo(c);
            assertThat(Compression.stripSuffix("f.jsonl" + c.suffix())).isEqualTo("f.jsonl");
        }
    }
}
