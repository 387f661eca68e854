package ai.refinery.core.config;

import java.io.Serializable;

/** Where a configuration value came from: a file with 1-based line and column, or a command-line override. */
public record Mark(String source, int line, int column) implements Serializable {
    public static Mark of(String source) {
        return new Mark(source, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? source + ":" + line + ":" + column : source;
    }
}
