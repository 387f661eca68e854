package ai.refinery.learn.model;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that is not a model this build can read: not a model file, a newer format version, another
 * model family, truncated, damaged (checksum) or inconsistent. The message starts with the file.
 * Other {@link IOException}s from {@link ModelFile#read} are failures to read the file at all.
 */
public final class ModelFileException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public ModelFileException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public ModelFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() { return file; }
}
