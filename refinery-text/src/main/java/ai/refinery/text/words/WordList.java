package ai.refinery.text.words;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A list of words and phrases (stop words, bad words) matched against {@link Tokens}, ignoring
 * case. Each entry is split by the same {@link Tokens} rules as the text, so the phrase
 * "2 girls 1 cup" matches the four tokens {@code 2 girls 1 cup} wherever they stand in a row,
 * with any white space between them, and "s&amp;m" matches {@code s & m}. Matching hashes token
 * windows ({@link Hash61}), so it costs one hash-set probe per token and phrase length whatever
 * the list's size; a false match needs a 61-bit hash collision.
 */
public final class WordList implements Serializable {
    private static final long serialVersionUID = 1L;

    private final LongSet[] byTokenCount; // [k - 1]: hashes of the entries of k tokens
    private final int entries;

    private WordList(LongSet[] byTokenCount, int entries) {
        this.byTokenCount = byTokenCount;
        this.entries = entries;
    }

    /** A list of {@code phrases}; entries without any token (blank, white space) are ignored. */
    public static WordList of(Collection<String> phrases) {
        List<LongSet> sets = new ArrayList<>();
        int count = 0;
        for (String phrase : phrases) {
            Tokens t = Tokens.of(phrase);
            if (t.size() == 0) continue;
            while (sets.size() < t.size()) sets.add(new LongSet());
            if (sets.get(t.size() - 1).add(windowHash(t.foldedHashes(), 0, t.size()))) count++;
        }
        return new WordList(sets.toArray(new LongSet[0]), count);
    }

    /** A list read from a UTF-8 file: one entry a line; blank lines and lines starting with {@code #} are skipped. */
    public static WordList fromFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return of(readEntries(in));
        }
    }

    /** A list shipped as a class-path resource next to {@code anchor}. */
    public static WordList fromResource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("resource " + name + " is missing next to " + anchor.getName());
            return of(readEntries(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    /** The entries of a word-list stream: one a line, blank lines and {@code #} comments skipped. */
    public static List<String> readEntries(InputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) out.add(s);
        }
        return out;
    }

    /** Number of distinct entries. */
    public int size() {
        return entries;
    }

    /** Whether token {@code i} alone is an entry. */
    public boolean containsToken(Tokens tokens, int i) {
        return byTokenCount.length > 0 && byTokenCount[0].contains(tokens.foldedHashes()[i]);
    }

    /** Number of tokens at which some entry starts (overlapping matches all count). */
    public int countMatches(Tokens tokens) {
        int k = 0;
        for (int i = 0; i < tokens.size(); i++) if (matchesAt(tokens, i)) k++;
        return k;
    }

    /** Whether any entry occurs in {@code tokens}. */
    public boolean matchesAny(Tokens tokens) {
        for (int i = 0; i < tokens.size(); i++) if (matchesAt(tokens, i)) return true;
        return false;
    }

    /** Whether an entry starts at token {@code i}. */
    public boolean matchesAt(Tokens tokens, int i) {
        long[] h = tokens.foldedHashes();
        long w = 0;
        for (int k = 0; k < byTokenCount.length && i + k < h.length; k++) {
            w = Hash61.add(Hash61.mul(w, Hash61.BASE), h[i + k]);
            if (!byTokenCount[k].isEmpty() && byTokenCount[k].contains(w)) return true;
        }
        return false;
    }

    /** The polynomial hash of hashes [from, from + n), as {@link #matchesAt} builds it. */
    static long windowHash(long[] h, int from, int n) {
        long w = 0;
        for (int k = 0; k < n; k++) w = Hash61.add(Hash61.mul(w, Hash61.BASE), h[from + k]);
        return w;
    }
}
