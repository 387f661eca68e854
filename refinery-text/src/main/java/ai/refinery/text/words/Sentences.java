package ai.refinery.text.words;

/**
 * Counts sentences without a language model. A <b>sentence</b> is a stretch of text holding at
 * least one word character and ending at terminal punctuation ({@code . ! ? …} and their CJK,
 * Arabic and Indic forms, possibly followed by closing quotes or brackets) that is followed by
 * white space or the end of the text (or by anything, for the full-width CJK forms, as CJK text
 * has no spaces), or ending at a paragraph break (a blank line), or at the end
 * of the text. Abbreviations such as "e.g. " therefore end a sentence: counts are an upper bound of
 * what a trained splitter (NLTK's Punkt, used by C4 and datatrove) finds on prose.
 */
public final class Sentences {
    private static final String TERMINAL = ".!?\u2026\u3002\uFF01\uFF1F\uFF61\u061F\u06D4\u0964\u0965\u203C\u203D\u2047\u2048\u2049\u1362\u1367";
    private static final String CLOSING = "\"')]}\u201D\u2019\u00BB\u300D\u300F\uFF09";

    private Sentences() {}

    /** Whether {@code cp} ends a sentence (a full stop, question or exclamation mark, ellipsis). */
    public static boolean isTerminal(int cp) {
        return cp < 0x10000 && TERMINAL.indexOf(cp) >= 0;
    }

    /** Number of sentences in {@code text}. */
    public static int count(CharSequence text) {
        int n = text.length();
        int count = 0;
        boolean inSentence = false;
        int i = 0;
        while (i < n) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (CharClass.of(cp) == CharClass.WORD) {
                inSentence = true;
            } else if (isTerminal(cp)) {
                while (i < n && (isTerminal(text.charAt(i)) || CLOSING.indexOf(text.charAt(i)) >= 0)) i++;
                boolean spaced = cp >= 0x3000 || i >= n || CharClass.isSpace(Character.codePointAt(text, i));
                if (inSentence && spaced) {
                    count++;
                    inSentence = false;
                }
            } else if (cp < 0x10000 && CharClass.isLineBreak((char) cp)) {
                int j = cp == '\r' && i < n && text.charAt(i) == '\n' ? i + 1 : i;
                while (j < n && CharClass.isSpace(text.charAt(j)) && !CharClass.isLineBreak(text.charAt(j))) j++;
                if (j < n && CharClass.isLineBreak(text.charAt(j))) {
                    if (inSentence) count++;
                    inSentence = false;
                }
                i = j;
            }
        }
        return inSentence ? count + 1 : count;
    }
}
