package ai.refinery.text.words;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {
    @Test
    void countsTerminalPunctuationFollowedBySpaceOrEnd() {
        assertThat(Sentences.count("One. Two! Three? Four…")).isEqualTo(4);
        assertThat(Sentences.count("He said \"stop.\" Then left.")).isEqualTo(2);
        assertThat(Sentences.count("Pi is 3.14 and the site is example.com today")).isEqualTo(1);
        assertThat(Sentences.count("Wait... what?!")).isEqualTo(2);
    }

    @Test
    void paragraphBreaksEndSentencesButSingleLineBreaksDoNot() {
        assertThat(Sentences.count("a heading\n\nbody text here")).isEqualTo(2);
        assertThat(Sentences.count("a heading\r\n \r\nbody")).isEqualTo(2);
        assertThat(Sentences.count("one line\r\nwraps here.")).isEqualTo(1);
    }

    @Test
    void punctuationWithoutWordsIsNoSentence() {
        assertThat(Sentences.count("")).isZero();
        assertThat(Sentences.count("... !!! ?")).isZero();
        assertThat(Sentences.count("東京です。大阪です。")).isEqualTo(2);
    }
}
