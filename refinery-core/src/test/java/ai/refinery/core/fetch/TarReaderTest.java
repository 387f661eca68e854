package ai.refinery.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TarReaderTest {
    private static Map<String, byte[]> files() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("package/data/empty", new byte[0]);
        m.put("package/data/" + "long-name-".repeat(15), "long".getBytes());
        byte[] big = new byte[512 * 3 + 7];
        for (int i = 0; i < big.length; i++) big[i] = (byte) (i * 31);
        m.put("package/data/big", big);
        return m;
    }

    private static Map<String, byte[]> read(byte[] tar) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        TarReader.read(new ByteArrayInputStream(tar), (name, size, content) -> {
            byte[] b = content.readAllBytes();
            assertThat(b).hasSize((int) size);
            out.put(name, b);
        });
        return out;
    }

    @Test
    void readsRegularFilesWithPaxAndGnuLongNames() throws IOException {
        for (TestTarballs.LongNames longNames : TestTarballs.LongNames.values()) {
            Map<String, byte[]> got = read(TestTarballs.tar(files(), longNames));
            assertThat(got.keySet()).as(longNames.name()).containsExactly("package/package.json", "package/data/empty",
                    longNames == TestTarballs.LongNames.NONE ? ("package/data/" + "long-name-".repeat(15)).substring(0, 100)
                            : "package/data/" + "long-name-".repeat(15),
                    "package/data/big");
            assertThat(got.get("package/data/big")).isEqualTo(files().get("package/data/big"));
        }
    }

    @Test
    void entriesNeedNotBeReadToTheEnd() throws IOException {
        Map<String, Integer> firstBytes = new LinkedHashMap<>();
        TarReader.read(new ByteArrayInputStream(TestTarballs.tar(files(), TestTarballs.LongNames.PAX)),
                (name, size, content) -> firstBytes.put(name, content.read()));
        assertThat(firstBytes).containsEntry("package/data/big", 0).containsEntry("package/data/empty", -1).hasSize(4);
    }

    @Test
    void brokenArchivesAreReported() throws IOException {
        byte[] tar = TestTarballs.tar(files(), TestTarballs.LongNames.NONE);
        assertThatThrownBy(() -> read("hello, this is not a tar archive".repeat(20).getBytes()))
                .hasMessage("not a tar archive: bad header checksum at byte 0");
        byte[] flipped = tar.clone();
        flipped[512 + 10] ^= 1; // a byte of the second header's name
        assertThatThrownBy(() -> read(flipped)).hasMessage("not a tar archive: bad header checksum at byte 512");
        assertThatThrownBy(() -> read(Arrays.copyOf(tar, tar.length - 1024 - 600)))
                .hasMessageStartingWith("tar archive is truncated");
        assertThatThrownBy(() -> read(Arrays.copyOf(tar, 700))).hasMessage("tar archive is truncated at byte 700");
    }
}
