package ai.refinery.parquet;

import com.github.luben.zstd.Zstd;
import io.airlift.compress.Compressor;
import io.airlift.compress.Decompressor;
import io.airlift.compress.lz4.Lz4Compressor;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.snappy.SnappyCompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Page compression without Hadoop. Parquet's own CodecFactory goes through Hadoop's codec classes
 * and builds a Hadoop Configuration (which needs a dozen more jars); every Parquet codec is a plain
 * block format, so we call the compressors directly: pure-Java SNAPPY and LZ4_RAW (aircompressor),
 * ZSTD (zstd-jni, already used by refinery-core) and GZIP (java.util.zip). Stateless, so one
 * instance serves any number of files and threads.
 */
final class Codecs implements CompressionCodecFactory {
    static final Codecs INSTANCE = new Codecs();

    /** ZSTD level Parquet itself uses by default. */
    private static final int ZSTD_LEVEL = 3;

    private Codecs() {}

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        return new Block(codec);
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return new Block(codec);
    }

    @Override
    public void release() {}

    /** Whether pages compressed with this codec can be read (LZO, BROTLI and Hadoop's framed LZ4 cannot). */
    static boolean canRead(CompressionCodecName codec) {
        return switch (codec) {
            case UNCOMPRESSED, SNAPPY, GZIP, ZSTD, LZ4_RAW -> true;
            default -> false;
        };
    }

    /** A view of bytes, so page buffers are compressed in place rather than copied first. */
    record Slice(byte[] array, int offset, int length) {
        static Slice of(byte[] b) {
            return new Slice(b, 0, b.length);
        }

        static Slice of(BytesInput in) {
            ByteBuffer b = in.toByteBuffer(HeapByteBufferAllocator.getInstance(), allocated -> {});
            if (b.hasArray()) return new Slice(b.array(), b.arrayOffset() + b.position(), b.remaining());
            byte[] copy = new byte[b.remaining()];
            b.get(copy);
            return of(copy);
        }
    }

    static byte[] compress(CompressionCodecName codec, Slice in) throws IOException {
        return switch (codec) {
            case SNAPPY -> airlift(new SnappyCompressor(), in);
            case LZ4_RAW -> airlift(new Lz4Compressor(), in);
            case ZSTD -> zstd(in);
            case GZIP -> gzip(in);
            default -> throw unsupported(codec);
        };
    }

    static byte[] decompress(CompressionCodecName codec, Slice in, int size) throws IOException {
        byte[] out = switch (codec) {
            case SNAPPY -> airlift(new SnappyDecompressor(), in, size);
            case LZ4_RAW -> airlift(new Lz4Decompressor(), in, size);
            case ZSTD -> unzstd(in, size);
            case GZIP -> gunzip(in, size);
            default -> throw unsupported(codec);
        };
        if (out.length != size) {
            throw new IOException("corrupt " + codec + " page: " + out.length + " bytes after decompression, expected " + size);
        }
        return out;
    }

    private static IOException unsupported(CompressionCodecName codec) {
        return new IOException("Parquet codec " + codec + " is not supported; supported: uncompressed, snappy, gzip, zstd, lz4_raw");
    }

    private static byte[] airlift(Compressor c, Slice in) {
        byte[] out = new byte[c.maxCompressedLength(in.length())];
        int n = c.compress(in.array(), in.offset(), in.length(), out, 0, out.length);
        return Arrays.copyOf(out, n);
    }

    private static byte[] airlift(Decompressor d, Slice in, int size) throws IOException {
        byte[] out = new byte[size];
        try {
            int n = d.decompress(in.array(), in.offset(), in.length(), out, 0, size);
            return n == size ? out : Arrays.copyOf(out, n);
        } catch (RuntimeException e) { // MalformedInputException and bounds errors on corrupt pages
            throw new IOException("corrupt compressed page: " + e.getMessage(), e);
        }
    }

    private static byte[] zstd(Slice in) throws IOException {
        byte[] out = new byte[(int) Zstd.compressBound(in.length())];
        long n = Zstd.compressByteArray(out, 0, out.length, in.array(), in.offset(), in.length(), ZSTD_LEVEL);
        if (Zstd.isError(n)) throw new IOException("ZSTD compression failed: " + Zstd.getErrorName(n));
        return Arrays.copyOf(out, (int) n);
    }

    private static byte[] unzstd(Slice in, int size) throws IOException {
        byte[] out = new byte[size];
        // ZSTD_decompress handles frames without a content size and concatenated frames (Hadoop's stream codec).
        long n = Zstd.decompressByteArray(out, 0, size, in.array(), in.offset(), in.length());
        if (Zstd.isError(n)) throw new IOException("corrupt ZSTD page: " + Zstd.getErrorName(n));
        return n == size ? out : Arrays.copyOf(out, (int) n);
    }

    private static byte[] gzip(Slice in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(64, in.length() / 2));
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 1 << 16)) {
            gz.write(in.array(), in.offset(), in.length());
        }
        return bytes.toByteArray();
    }

    private static byte[] gunzip(Slice in, int size) throws IOException {
        // GZIPInputStream also reads concatenated members, as Hadoop's GzipCodec may write.
        try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(in.array(), in.offset(), in.length()), 1 << 16)) {
            return gz.readNBytes(size);
        }
    }

    /** Compressor and decompressor of one codec. */
    private record Block(CompressionCodecName codec) implements BytesInputCompressor, BytesInputDecompressor {
        @Override
        public BytesInput compress(BytesInput bytes) throws IOException {
            if (codec == CompressionCodecName.UNCOMPRESSED) return bytes;
            return BytesInput.from(Codecs.compress(codec, Slice.of(bytes)));
        }

        @Override
        public CompressionCodecName getCodecName() {
            return codec;
        }

        @Override
        public BytesInput decompress(BytesInput bytes, int size) throws IOException {
            if (codec == CompressionCodecName.UNCOMPRESSED) return bytes;
            return BytesInput.from(Codecs.decompress(codec, Slice.of(bytes), size));
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int size) throws IOException {
            if (codec == CompressionCodecName.UNCOMPRESSED) {
                output.put(input.slice().limit(compressedSize));
                input.position(input.position() + compressedSize);
                return;
            }
            byte[] in = new byte[compressedSize];
            input.get(in);
            output.put(Codecs.decompress(codec, Slice.of(in), size));
        }

        @Override
        public void release() {}
    }
}
