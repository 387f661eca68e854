/**
 * Splitting text for the quality rules, each in one linear pass without regular expressions:
 *
 * <ul>
 *   <li><b>word</b> and <b>symbol-only token</b>: {@link ai.refinery.text.words.Tokens} (words are
 *       runs of letters, digits and marks, with inner apostrophes, hyphens and full stops;
 *       punctuation and symbols form tokens of their own), character classes in
 *       {@link ai.refinery.text.words.CharClass};</li>
 *   <li><b>line</b> and <b>paragraph</b>: {@link ai.refinery.text.words.Lines} (non-blank lines,
 *       trimmed; paragraphs separated by blank lines);</li>
 *   <li><b>sentence</b>: {@link ai.refinery.text.words.Sentences} (ends at terminal punctuation
 *       followed by white space, or at a paragraph break);</li>
 *   <li>word and phrase lists matched case-insensitively: {@link ai.refinery.text.words.WordList};</li>
 *   <li>hashing helpers that keep repetition measures linear: {@link ai.refinery.text.words.Hash61},
 *       {@link ai.refinery.text.words.NGrams}, {@link ai.refinery.text.words.HashCounts},
 *       {@link ai.refinery.text.words.LongSet}.</li>
 * </ul>
 *
 * <p>Lengths are in code points, as Python counts them, so figures compare with datatrove's. A
 * lone surrogate (invalid UTF-16) counts as one symbol character.
 */
package ai.refinery.text.words;
