package ai.refinery.learn.data;

import ai.refinery.core.fetch.VerifiedStore;
import ai.refinery.core.io.idx.IdxWriter;
import ai.refinery.core.util.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Four tiny IDX files under MNIST's names (3 train and 2 test images of 2x2), and their hashes. */
final class FakeMnist {
    final Map<String, byte[]> files = new LinkedHashMap<>();
    final Map<String, String> sha256 = new LinkedHashMap<>();

    FakeMnist() throws IOException {
        Path tmp = Files.createTempDirectory("fake-mnist");
        try {
            IdxWriter.ubyte(tmp.resolve("a"), new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, (byte) 255}, 3, 2, 2);
            IdxWriter.labels(tmp.resolve("b"), 5, 0, 4);
            IdxWriter.ubyte(tmp.resolve("c"), new byte[] {9, 9, 9, 9, 1, 1, 1, 1}, 2, 2, 2);
            IdxWriter.labels(tmp.resolve("d"), 7, 2);
            add(MnistFiles.TRAIN_IMAGES, Files.readAllBytes(tmp.resolve("a")));
            add(MnistFiles.TRAIN_LABELS, Files.readAllBytes(tmp.resolve("b")));
            add(MnistFiles.TEST_IMAGES, Files.readAllBytes(tmp.resolve("c")));
            add(MnistFiles.TEST_LABELS, Files.readAllBytes(tmp.resolve("d")));
        } finally {
            VerifiedStore.deleteTree(tmp);
        }
    }

    private void add(String name, byte[] data) {
        files.put(name, data);
        sha256.put(name, Sha256.hex(data));
    }

    /** The files as the npm tarball holds them: under package/data/. */
    Map<String, byte[]> tarEntries() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        files.forEach((n, b) -> m.put(MnistFiles.TAR_DIR + n, b));
        return m;
    }

    void writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> e : files.entrySet()) Files.write(dir.resolve(e.getKey()), e.getValue());
    }
}
