package ai.refinery.text.quality;

import ai.refinery.text.words.WordList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a rule's word list comes from: an inline {@code words} list, a {@code words_file} (UTF-8,
 * one entry a line, {@code #} comments), or the list shipped with Refinery.
 */
final class WordListSource {
    private WordListSource() {}

    /** Checks that at most one source is given and that the file can be read. */
    static void validate(List<String> words, String wordsFile) {
        if (words != null && !words.isEmpty() && wordsFile != null) {
            throw new IllegalArgumentException("give either 'words' or 'words_file', not both");
        }
        if (words != null) {
            for (String w : words) {
                if (w == null || w.isBlank()) throw new IllegalArgumentException("'words' holds an empty entry");
            }
        }
        if (wordsFile != null && !Files.isReadable(Path.of(wordsFile))) {
            throw new IllegalArgumentException("'words_file' " + wordsFile + " cannot be read (no such file, or no permission)");
        }
    }

    /** The list: inline, from the file, or the resource {@code defaultResource} next to this class. */
    static WordList load(List<String> words, String wordsFile, String defaultResource) {
        if (words != null && !words.isEmpty()) return WordList.of(words);
        if (wordsFile != null) {
            try {
                return WordList.fromFile(Path.of(wordsFile));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read 'words_file' " + wordsFile + ": " + e.getMessage(), e);
            }
        }
        return WordList.fromResource(WordListSource.class, defaultResource);
    }
}
