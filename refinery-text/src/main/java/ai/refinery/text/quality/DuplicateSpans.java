package ai.refinery.text.quality;

import ai.refinery.text.words.Hash61;
import ai.refinery.text.words.Lines;
import ai.refinery.text.words.LongSet;

/**
 * Repeated lines and paragraphs, as datatrove's {@code find_duplicates}: scanning in order, an
 * element equal to an earlier one is a duplicate and adds its characters. Elements compare by
 * their text without the white space at their ends, by 61-bit hash.
 */
final class DuplicateSpans {
    /** Number of elements. */
    final int elements;
    /** Number of duplicate elements. */
    final int duplicates;
    /** Characters (code points) in the duplicate elements. */
    final long duplicateChars;

    private DuplicateSpans(int elements, int duplicates, long duplicateChars) {
        this.elements = elements;
        this.duplicates = duplicates;
        this.duplicateChars = duplicateChars;
    }

    static DuplicateSpans ofLines(String text, Lines lines) {
        LongSet seen = new LongSet(Math.min(lines.size(), 1 << 16));
        int dups = 0;
        long chars = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!seen.add(Hash61.of(text, lines.start(i), lines.end(i), false))) {
                dups++;
                chars += lines.length(i);
            }
        }
        return new DuplicateSpans(lines.size(), dups, chars);
    }

    static DuplicateSpans ofParagraphs(String text, Lines lines) {
        int n = lines.paragraphCount();
        LongSet seen = new LongSet(Math.min(n, 1 << 16));
        int dups = 0;
        long chars = 0;
        for (int p = 0; p < n; p++) {
            int s = lines.paragraphStart(p);
            int e = lines.paragraphEnd(p);
            if (!seen.add(Hash61.of(text, s, e, false))) {
                dups++;
                chars += Character.codePointCount(text, s, e);
            }
        }
        return new DuplicateSpans(n, dups, chars);
    }
}
