package ai.refinery.core.io;

import java.nio.file.Path;

/**
 * One input file of a run. {@code label} is the path as shown in errors, ids and reports
 * (relative to the input root where possible); {@code compression} is taken from the suffix.
 */
public record InputFile(Path path, String label, Compression compression, long sizeBytes) {
}
