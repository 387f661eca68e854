package ai.refinery.learn.model;

import ai.refinery.learn.nn.Parameter;
import ai.refinery.learn.tensor.Tensor;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * Reads and writes model files ({@code .rfnmodel}). Every number is <b>little-endian</b>, so the
 * parameter data can be viewed in place as float32 arrays by numpy ({@code dtype='<f4'}) and by
 * mmap on the usual hardware. Layout (see {@code refinery-learn/MODEL-FORMAT.md}):
 *
 * <pre>
 * offset        size  field
 * 0             8     magic "RFNMODEL" (ASCII)
 * 8             4     format version, int32 = 1
 * 12            4     family id length F, int32
 * 16            F     family id, UTF-8: "mlp"
 * 16+F          4     header length H, int32
 * 20+F          H     header, UTF-8 JSON: spec, features, parameters (name, shape, dtype, offset), provenance, metrics
 * 20+F+H        8     data length D, int64
 * 28+F+H        D     parameter data: float32, row-major, each parameter at its offset from the start of this section
 * 28+F+H+D      4     CRC-32 (uint32) of bytes [0, 28+F+H+D)
 * </pre>
 *
 * A writer lays the parameters out back to back in model order. A file is written to a temporary
 * file in the same directory, synced and renamed over the target, so readers never see half a
 * model. Files are read whole, which limits them to 2 GiB (half a billion parameters).
 */
public final class ModelFile {
    /** What every model file starts with. */
    public static final String MAGIC = "RFNMODEL";
    /** The format version this build writes and the newest it reads. */
    public static final int VERSION = 1;
    /** The model family of an {@link ai.refinery.learn.nn.MlpSpec} model. */
    public static final String FAMILY_MLP = "mlp";

    private static final byte[] MAGIC_BYTES = MAGIC.getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_FAMILY_LENGTH = 64;
    /** Above this a version number is a damaged field (or a byte-swapped file), not a newer Refinery. */
    private static final int MAX_PLAUSIBLE_VERSION = 0xFFFF;

    private ModelFile() {}

    /** Writes {@code model} to {@code file} atomically, replacing any file there. */
    public static void write(Path file, TrainedModel model) throws IOException {
        List<ParameterEntry> table = new ArrayList<>();
        long offset = 0;
        for (Parameter p : model.parameters()) {
            table.add(new ParameterEntry(p.name(), p.shape(), offset));
            offset += 4L * p.size();
        }
        byte[] family = FAMILY_MLP.getBytes(StandardCharsets.UTF_8);
        byte[] header = ModelHeader.encode(model, table);
        ByteBuffer prefix = ByteBuffer.allocate(8 + 4 + 4 + family.length + 4 + header.length + 8).order(ByteOrder.LITTLE_ENDIAN);
        prefix.put(MAGIC_BYTES).putInt(VERSION).putInt(family.length).put(family).putInt(header.length).put(header).putLong(offset);

        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        // A name of its own (not Files.createTempFile, whose owner-only permissions the model would keep),
        // so two writers of the same model do not share a temporary file.
        String unique = Long.toHexString(ThreadLocalRandom.current().nextLong());
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + unique + ".tmp");
        try {
            CRC32 crc = new CRC32();
            try (OutputStream raw = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16), crc)) {
                out.write(prefix.array());
                for (Parameter p : model.parameters()) writeFloats(out, p.value().data());
                out.flush();
                // The checksum covers everything before it, so it is written past the checked stream.
                raw.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) crc.getValue()).array());
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Reads and verifies a model file.
     *
     * @throws ModelFileException when the file is not a Refinery model, has a format version or family
     *     this build does not read, is truncated, fails its checksum, or its parameters do not fit its spec
     * @throws IOException when the file cannot be read at all
     */
    public static TrainedModel read(Path file) throws IOException {
        long length = Files.size(file);
        if (length > Integer.MAX_VALUE - 8) {
            throw new ModelFileException(file, "is " + length + " bytes; this build reads model files up to 2 GiB");
        }
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        checkMagic(file, bytes);
        int version = in.getInt(8);
        if (version > VERSION && version <= MAX_PLAUSIBLE_VERSION) {
            throw new ModelFileException(file, "written by a newer Refinery: version " + version + ", this reads "
                    + VERSION + "; upgrade Refinery to read it");
        }
        if (version != VERSION) throw new ModelFileException(file, "unknown format version " + version + "; the file is damaged");

        Layout at = Layout.of(file, in);
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, (int) at.crcOffset);
        int stored = in.getInt((int) at.crcOffset);
        if (stored != (int) crc.getValue()) {
            throw new ModelFileException(file, String.format("checksum mismatch (stored %08x, computed %08x): the file is "
                    + "damaged; copy or write it again", stored, (int) crc.getValue()));
        }
        String family = new String(bytes, 16, at.familyLength, StandardCharsets.UTF_8);
        if (!FAMILY_MLP.equals(family)) {
            throw new ModelFileException(file, "model family '" + family + "' is not one this build reads (" + FAMILY_MLP + ")");
        }

        ModelHeader.Contents h;
        try {
            h = ModelHeader.decode(Arrays.copyOfRange(bytes, (int) at.headerOffset, (int) at.headerOffset + at.headerLength));
        } catch (JsonProcessingException e) {
            throw new ModelFileException(file, "the header is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, "bad header: " + e.getMessage(), e);
        }
        Map<String, Tensor> weights = weights(file, in, at, h.parameters());
        try {
            return TrainedModel.fromWeights(h.spec(), h.features(), h.provenance(), h.metrics(), weights);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, "the parameters do not fit the model spec " + h.spec() + ": " + e.getMessage(), e);
        }
    }

    private static void checkMagic(Path file, byte[] bytes) throws ModelFileException {
        int n = Math.min(bytes.length, MAGIC_BYTES.length);
        if (!Arrays.equals(bytes, 0, n, MAGIC_BYTES, 0, n)) {
            throw new ModelFileException(file, "not a Refinery model file (it does not start with \"" + MAGIC + "\")");
        }
        if (bytes.length < 12) {
            throw new ModelFileException(file, "truncated: the file has " + bytes.length + " bytes, fewer than the 12 of the file header");
        }
    }

    private static Map<String, Tensor> weights(Path file, ByteBuffer in, Layout at, List<ParameterEntry> table)
            throws ModelFileException {
        Map<String, Tensor> out = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (ParameterEntry e : table) {
            if (!names.add(e.name())) throw new ModelFileException(file, "parameter " + e.name() + " appears twice in the table");
            long size = e.size();
            if (size < 0 || e.offset() < 0 || e.offset() % 4 != 0 || e.offset() > at.dataLength - 4 * size) {
                throw new ModelFileException(file, "parameter " + e + " does not lie within the " + at.dataLength
                        + " bytes of parameter data (offsets are byte offsets, multiples of 4)");
            }
            float[] values = new float[(int) size];
            ByteBuffer slice = in.duplicate().order(ByteOrder.LITTLE_ENDIAN).position((int) (at.dataOffset + e.offset()));
            slice.asFloatBuffer().get(values);
            out.put(e.name(), Tensor.wrap(values, e.shape()));
        }
        return out;
    }

    private static void writeFloats(OutputStream out, float[] values) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(1 << 14).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < values.length; ) {
            int n = Math.min(values.length - i, chunk.capacity() / 4);
            chunk.clear();
            chunk.asFloatBuffer().put(values, i, n);
            out.write(chunk.array(), 0, n * 4);
            i += n;
        }
    }

    /** Where the sections of a file are, from its length fields; refuses lengths that run past the end. */
    private record Layout(int familyLength, long headerOffset, int headerLength, long dataOffset, long dataLength,
                          long crcOffset) {

        static Layout of(Path file, ByteBuffer in) throws ModelFileException {
            long size = in.limit();
            need(file, size, 16, "the family id length");
            int familyLength = in.getInt(12);
            if (familyLength < 0 || familyLength > MAX_FAMILY_LENGTH) {
                throw new ModelFileException(file, "family id length " + familyLength + " is not plausible; the file is damaged");
            }
            long headerLengthAt = 16L + familyLength;
            need(file, size, headerLengthAt + 4, "the family id");
            int headerLength = in.getInt((int) headerLengthAt);
            if (headerLength < 0) throw new ModelFileException(file, "negative header length " + headerLength + "; the file is damaged");
            long headerOffset = headerLengthAt + 4;
            need(file, size, headerOffset + headerLength + 8, "the " + headerLength + "-byte header");
            long dataLength = in.getLong((int) (headerOffset + headerLength));
            if (dataLength < 0) throw new ModelFileException(file, "negative data length " + dataLength + "; the file is damaged");
            long dataOffset = headerOffset + headerLength + 8;
            long crcOffset = dataOffset + dataLength;
            need(file, size, crcOffset + 4, "the " + dataLength + " bytes of parameter data and the checksum");
            if (size > crcOffset + 4) {
                throw new ModelFileException(file, (size - crcOffset - 4) + " unexpected bytes after the checksum; "
                        + "the file is damaged or something was appended to it");
            }
            return new Layout(familyLength, headerOffset, headerLength, dataOffset, dataLength, crcOffset);
        }

        private static void need(Path file, long size, long end, String what) throws ModelFileException {
            if (size < end) {
                throw new ModelFileException(file, "truncated: the file has " + size + " bytes but needs " + end + " to hold "
                        + what + "; the copy is incomplete, copy or write it again");
            }
        }
    }
}
