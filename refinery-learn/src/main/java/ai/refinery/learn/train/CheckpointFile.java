package ai.refinery.learn.train;

import ai.refinery.learn.nn.Parameter;
import ai.refinery.learn.optim.OptimizerState;
import ai.refinery.learn.tensor.Tensor;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * The checkpoint file: big-endian, a header (magic {@code RFCK}, format version), the sections of
 * a {@link Checkpoint} in order, then a CRC-32 of everything before it. Written to a hidden
 * temporary file, synced and renamed over the previous checkpoint, so a crash at any moment leaves
 * either the old or the new checkpoint, whole. Private to training: models are saved elsewhere.
 */
final class CheckpointFile {
    private static final int MAGIC = 0x5246434B; // "RFCK"
    private static final int VERSION = 1;

    private CheckpointFile() {}

    /** Writes the state of a run after {@code epochsCompleted} epochs, reading the live model parameters. */
    static void write(Path file, String fingerprint, int epochsCompleted, boolean stopped, List<EpochResult> history,
                      EarlyStopping early, long[] randomStates, List<Parameter> parameters, OptimizerState optimizer)
            throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        CRC32 crc = new CRC32();
        try (OutputStream raw = Files.newOutputStream(tmp);
             DataOutputStream out = new DataOutputStream(new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16), crc))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            writeString(out, fingerprint);
            out.writeInt(epochsCompleted);
            out.writeBoolean(stopped);
            out.writeInt(history.size());
            for (EpochResult r : history) {
                out.writeInt(r.epoch());
                out.writeDouble(r.trainLoss());
                out.writeDouble(r.trainAccuracy());
                out.writeDouble(r.validationLoss());
                out.writeDouble(r.validationAccuracy());
                out.writeDouble(r.learningRate());
                out.writeDouble(r.seconds());
            }
            out.writeDouble(early.best());
            out.writeInt(early.bestEpoch());
            out.writeInt(early.epochsWithoutImprovement());
            out.writeInt(randomStates.length);
            for (long s : randomStates) out.writeLong(s);
            out.writeInt(parameters.size());
            for (Parameter p : parameters) {
                writeString(out, p.name());
                int[] shape = p.shape();
                out.writeInt(shape.length);
                for (int d : shape) out.writeInt(d);
                writeFloats(out, p.value().data());
            }
            out.writeLong(optimizer.steps());
            out.writeInt(optimizer.slots().size());
            for (Map.Entry<String, float[]> e : optimizer.slots().entrySet()) {
                writeString(out, e.getKey());
                writeFloats(out, e.getValue());
            }
            out.flush();
            new DataOutputStream(raw).writeLong(crc.getValue()); // after the checked bytes, not part of them
        }
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static Checkpoint read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 16) throw new IOException("too short to be a checkpoint (" + bytes.length + " bytes)");
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (in.getInt() != MAGIC) throw new IOException("not a Refinery checkpoint (bad magic number)");
        int version = in.getInt();
        if (version != VERSION) throw new IOException("checkpoint format version " + version + "; this build reads version " + VERSION);
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        if (crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong()) {
            throw new IOException("checksum mismatch: the file is damaged");
        }
        try {
            String fingerprint = readString(in);
            int epochsCompleted = in.getInt();
            boolean stopped = in.get() != 0;
            int n = in.getInt();
            List<EpochResult> history = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                history.add(new EpochResult(in.getInt(), in.getDouble(), in.getDouble(), in.getDouble(), in.getDouble(),
                        in.getDouble(), in.getDouble()));
            }
            double best = in.getDouble();
            int bestEpoch = in.getInt();
            int without = in.getInt();
            long[] random = new long[in.getInt()];
            for (int i = 0; i < random.length; i++) random[i] = in.getLong();
            int params = in.getInt();
            Map<String, Tensor> values = new LinkedHashMap<>();
            for (int i = 0; i < params; i++) {
                String name = readString(in);
                int[] shape = new int[in.getInt()];
                for (int d = 0; d < shape.length; d++) shape[d] = in.getInt();
                values.put(name, Tensor.wrap(readFloats(in), shape));
            }
            long steps = in.getLong();
            int slots = in.getInt();
            Map<String, float[]> state = new LinkedHashMap<>();
            for (int i = 0; i < slots; i++) state.put(readString(in), readFloats(in));
            return new Checkpoint(fingerprint, epochsCompleted, stopped, history, best, bestEpoch, without, random, values,
                    new OptimizerState(steps, state));
        } catch (BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
            throw new IOException("malformed checkpoint: " + e, e);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(ByteBuffer in) {
        byte[] b = new byte[in.getInt()];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        out.writeInt(values.length);
        ByteBuffer chunk = ByteBuffer.allocate(1 << 14);
        for (int i = 0; i < values.length; ) {
            int n = Math.min(values.length - i, chunk.capacity() / 4);
            chunk.clear();
            chunk.asFloatBuffer().put(values, i, n);
            out.write(chunk.array(), 0, n * 4);
            i += n;
        }
    }

    private static float[] readFloats(ByteBuffer in) {
        float[] values = new float[in.getInt()];
        in.asFloatBuffer().get(values);
        in.position(in.position() + values.length * 4);
        return values;
    }
}
