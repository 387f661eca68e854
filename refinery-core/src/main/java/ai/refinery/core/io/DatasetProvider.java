package ai.refinery.core.io;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * A public dataset a recipe can name instead of files ({@code input: {dataset: mnist, options:
 * {split: train}}}), found by {@link #name()} through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/ai.refinery.core.io.DatasetProvider}). The provider makes the data
 * available as local files (fetching and verifying it into a cache on first use) and says which
 * format reads them; the run then reads those files like any other input, so their SHA-256 lands
 * in the run report.
 *
 * @param <O> the dataset's options record ({@code input.options})
 */
public interface DatasetProvider<O extends java.lang.Record> {
    String name();

    /** One line: what the dataset is and where it comes from. */
    String description();

    Class<O> optionsType();

    /**
     * Makes the data available locally. {@code log} receives short progress lines (a download)
     * for the terminal.
     *
     * @throws IOException with a message that says what to do (e.g. where to put the files) when
     *                     the data cannot be had
     */
    ResolvedDataset resolve(O options, Consumer<String> log) throws IOException;

    /**
     * Local files and how to read them.
     *
     * @param path          a file, directory or glob (absolute)
     * @param format        the source format's name
     * @param formatOptions options for that format, as YAML would give them
     */
    record ResolvedDataset(String path, String format, java.util.Map<String, Object> formatOptions) {}
}
