package ai.refinery.quality.report;

import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.quality.report.html.TextDiff;
import ai.refinery.quality.report.html.TextDiff.Op;
import ai.refinery.quality.report.html.TextDiff.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDiffTest {
    @Test
    void marksExactlyTheChangedCharacters() {
        assertThat(TextDiff.diff("colour", "color")).containsExactly(
                new Segment(Op.EQUAL, "colo"), new Segment(Op.DELETE, "u"), new Segment(Op.EQUAL, "r"));
        assertThat(TextDiff.diff("kitten", "sitting")).containsExactly(
                new Segment(Op.DELETE, "k"), new Segment(Op.INSERT, "s"), new Segment(Op.EQUAL, "itt"),
                new Segment(Op.DELETE, "e"), new Segment(Op.INSERT, "i"), new Segment(Op.EQUAL, "n"), new Segment(Op.INSERT, "g"));
    }

    @Test
    void trimmingIsOnlyDeletedSpaces() {
        assertThat(TextDiff.diff("  Hello world ", "Hello world")).containsExactly(
                new Segment(Op.DELETE, "  "), new Segment(Op.EQUAL, "Hello world"), new Segment(Op.DELETE, " "));
    }

    @Test
    void equalEmptyAndDisjointStrings() {
        assertThat(TextDiff.diff("same", "same")).containsExactly(new Segment(Op.EQUAL, "same"));
        assertThat(TextDiff.diff("", "")).isEmpty();
        assertThat(TextDiff.diff("", "new")).containsExactly(new Segment(Op.INSERT, "new"));
        assertThat(TextDiff.diff("abc", "xyz")).containsExactly(new Segment(Op.DELETE, "abc"), new Segment(Op.INSERT, "xyz"));
    }

    @Test
    void surrogatePairsStayWhole() {
        List<Segment> d = TextDiff.diff("a😀b", "a😁b");
        assertThat(d).containsExactly(new Segment(Op.EQUAL, "a"), new Segment(Op.DELETE, "😀"), new Segment(Op.INSERT, "😁"),
                new Segment(Op.EQUAL, "b"));
    }

    @Test
    void aMiddleTooLargeToAlignIsReplacedAsAWhole() {
        List<Segment> d = TextDiff.diff("<abcdef>", "<fedcba>", 10);
        assertThat(d).containsExactly(new Segment(Op.EQUAL, "<"), new Segment(Op.DELETE, "abcdef"), new Segment(Op.INSERT, "fedcba"),
                new Segment(Op.EQUAL, ">"));
    }

    @Test
    void bothSidesReassembleFromTheSegments() {
        String a = "The quick brown fox jumps over the lazy dog";
        String b = "the quick red fox jumped over a lazy dog!";
        List<Segment> d = TextDiff.diff(a, b);
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (Segment s : d) {
            if (s.op() != Op.INSERT) before.append(s.text());
            if (s.op() != Op.DELETE) after.append(s.text());
        }
        assertThat(before).hasToString(a);
        assertThat(after).hasToString(b);
    }
}
