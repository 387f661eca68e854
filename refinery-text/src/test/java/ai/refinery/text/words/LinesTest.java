package ai.refinery.text.words;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinesTest {
    @Test
    void nonBlankLinesAreTrimmedAndParagraphsSplitAtBlankLines() {
        String text = "  first line \r\nsecond\n \t \nthird\r\rfourth\u2028fifth\n";
        Lines l = Lines.of(text);
        assertThat(l.size()).isEqualTo(5);
        assertThat(text.substring(l.start(0), l.end(0))).isEqualTo("first line");
        assertThat(text.substring(l.start(4), l.end(4))).isEqualTo("fifth");
        assertThat(l.paragraphCount()).isEqualTo(3);
        assertThat(text.substring(l.paragraphStart(0), l.paragraphEnd(0))).isEqualTo("first line \r\nsecond");
        assertThat(text.substring(l.paragraphStart(1), l.paragraphEnd(1))).isEqualTo("third");
        assertThat(text.substring(l.paragraphStart(2), l.paragraphEnd(2))).isEqualTo("fourth\u2028fifth");
        assertThat(l.newlineCount()).isEqualTo(4);
    }

    @Test
    void lengthsStartsAndEnds() {
        Lines l = Lines.of("- 𝒜 item...\n• other…");
        assertThat(l.length(0)).isEqualTo(11);
        assertThat(l.startsWith(0, "-")).isTrue();
        assertThat(l.endsWith(0, "...")).isTrue();
        assertThat(l.startsWith(1, "•")).isTrue();
        assertThat(l.endsWith(1, "…")).isTrue();
        assertThat(l.lastCodePoint(1)).isEqualTo('…');
    }

    @Test
    void emptyAndBlankTextsHaveNoLines() {
        assertThat(Lines.of("").size()).isZero();
        assertThat(Lines.of("\n\n \n").size()).isZero();
        assertThat(Lines.of("\n\n \n").paragraphCount()).isZero();
        assertThat(Lines.of("\n\n \n").newlineCount()).isEqualTo(3);
    }
}
