package ai.refinery.core.io;

import com.github.luben.zstd.ZstdInputStream;
import com.github.luben.zstd.ZstdOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Stream compression recognised by file suffix. */
public enum Compression {
    NONE(""), GZIP(".gz"), ZSTD(".zst");

    private final String suffix;

    Compression(String suffix) {
        this.suffix = suffix;
    }

    public String suffix() { return suffix; }

    public static Compression ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) return GZIP;
        if (n.endsWith(".zst") || n.endsWith(".zstd")) return ZSTD;
        return NONE;
    }

    /** The file name without its compression suffix. */
    public static String stripSuffix(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) return name.substring(0, name.length() - 3);
        if (n.endsWith(".zst")) return name.substring(0, name.length() - 4);
        if (n.endsWith(".zstd")) return name.substring(0, name.length() - 5);
        return name;
    }

    public InputStream decompress(InputStream in) throws IOException {
        switch (this) {
            case GZIP: return new GZIPInputStream(in, 1 << 16);
            case ZSTD: return new ZstdInputStream(in);
            default: return in;
        }
    }

    public OutputStream compress(OutputStream out) throws IOException {
        switch (this) {
            case GZIP: return new GZIPOutputStream(out, 1 << 16);
            case ZSTD: return new ZstdOutputStream(out, 3);
            default: return out;
        }
    }
}
