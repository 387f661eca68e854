package ai.refinery.text.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ai.refinery.core.record.Record;
import ai.refinery.text.normalize.NormalizeText.LinkAction;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizeTextTest {
    private static NormalizeText.Config defaults() {
        return new NormalizeText.Config("text", true, true, true, true, null, null, null, null, true, true, 1);
    }

    private static NormalizeText.Config links(LinkAction urls, LinkAction emails) {
        return new NormalizeText.Config("text", true, true, true, true, urls, emails, "<URL>", "<EMAIL>", true, true, 1);
    }

    private static Record run(NormalizeText.Config c, String text) {
        return new NormalizeText(c).map(Record.builder("r").set("text", text).build());
    }

    private static String norm(String text) {
        return run(defaults(), text).getString("text");
    }

    @Test
    void appliesNfkc() {
        assertThat(norm("\uff21\uff22\uff23 \ufb01le x\u00b2 \u2460")).isEqualTo("ABC file x2 1");
        assertThat(norm("e\u0301")).isEqualTo("\u00e9");
    }

    @Test
    void normalizesPunctuationAndSpecialSpaces() {
        assertThat(norm("\u201cHi\u201d \u2018there\u2019 \u2013 \u2014 wait\u2026 a\u00a0b\u2009c\u3000d")).isEqualTo("\"Hi\" 'there' - - wait... a b c d");
        assertThat(norm("zero\u200bwidth\u2060join soft\u00adhyphen \ufeffbom")).isEqualTo("zerowidthjoin softhyphen bom");
        // joiners shape Persian words and emoji sequences: kept
        assertThat(norm("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \uD83D\uDC68\u200D\uD83D\uDC69")).isEqualTo("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \uD83D\uDC68\u200D\uD83D\uDC69");
        assertThat(norm("\u00ab guillemets \u00bb")).isEqualTo("\u00ab guillemets \u00bb");
    }

    @Test
    void removesControlsAndUnifiesLineEnds() {
        assertThat(norm("a\u0000b\u0007c\u007fd\u0085e\r\nf\rg\th")).isEqualTo("abcde\nf\ng\th");
        assertThat(norm("lone \ud800 surrogate \udc00 pair \ud83d\ude00")).isEqualTo("lone surrogate pair \ud83d\ude00");
    }

    @Test
    void cleansWhitespace() {
        assertThat(norm("  lead   and   inner  \t\t tabs  \n\n\n\n\nnext\ta\tb  \n  \n\n")).isEqualTo("lead and inner tabs\n\nnext\ta\tb");
        NormalizeText.Config keepBlank = new NormalizeText.Config("text", true, true, true, true, null, null, null, null, true, true, -1);
        assertThat(run(keepBlank, "\n\na\n\n\n\nb\n").getString("text")).isEqualTo("a\n\n\n\nb");
        NormalizeText.Config noTrim = new NormalizeText.Config("text", true, true, true, true, null, null, null, null, false, false, 0);
        assertThat(run(noTrim, "  a  b \n\n c").getString("text")).isEqualTo("  a  b \n c");
    }

    @Test
    void repairsMojibakeBeforeNfkcWouldDestroyIt() {
        // "â€™" holds ™, which NFKC would turn into "TM"
        Record r = run(defaults(), "It\u00e2\u20ac\u2122s caf\u00c3\u00a9");
        assertThat(r.getString("text")).isEqualTo("It's caf\u00e9");
        assertThat(r.meta(NormalizeText.META_KEY)).isEqualTo(List.of("mojibake", "punctuation"));
    }

    @Test
    void stripsOrReplacesUrlsAndEmails() {
        String t = "Visit https://example.com/path?q=1. Or (www.example.org/a_(b)) and http://x.y/z), mail me@example.com, "
                + "or \"first.last+tag@sub.example.co.uk\". Not: user@localhost, @handle, a@b.c, x@y.museum1";
        assertThat(run(links(LinkAction.REPLACE, LinkAction.REPLACE), t).getString("text")).isEqualTo(
                "Visit <URL>. Or (<URL>) and <URL>), mail <EMAIL>, or \"<EMAIL>\". Not: user@localhost, @handle, a@b.c, x@y.museum1");
        assertThat(run(links(LinkAction.STRIP, LinkAction.STRIP), "see http://a.b/c and d@e.org here").getString("text"))
                .isEqualTo("see and here");
        Record r = run(links(LinkAction.REPLACE, LinkAction.KEEP), "a http://x.org b@c.de");
        assertThat(r.getString("text")).isEqualTo("a <URL> b@c.de");
        assertThat(r.meta(NormalizeText.META_KEY)).isEqualTo(List.of("urls"));
    }

    @Test
    void cleanTextIsReturnedAsIs() {
        Record in = Record.builder("r").set("text", "Nothing to do here.\n\nTwo paragraphs.").build();
        assertThat(new NormalizeText(defaults()).map(in)).isSameAs(in);
    }

    @Test
    void pathologicalInputsStayFast() {
        String[] inputs = {"@".repeat(500_000), "a".repeat(500_000) + "@", ("a@" + "b".repeat(300)).repeat(2_000),
                "http://" + ")".repeat(500_000), "www." + ".".repeat(500_000), "x@y.".repeat(200_000), " \t".repeat(500_000),
                "\n".repeat(500_000), "\u00c3\u00a9".repeat(300_000), "a.b@c-".repeat(200_000)};
        NormalizeText op = new NormalizeText(links(LinkAction.REPLACE, LinkAction.REPLACE));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (String s : inputs) assertThat(op.map(Record.builder("r").set("text", s).build()).getString("text")).isNotNull();
        });
    }

    @Test
    void aMissingOrNonTextFieldSaysSo() {
        NormalizeText op = new NormalizeText(defaults());
        assertThatThrownBy(() -> op.map(Record.builder("r").set("text", 3L).build())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field 'text' holds long; normalize_text needs text");
        assertThatThrownBy(() -> op.map(Record.builder("r").build())).hasMessage("field 'text' is missing; normalize_text needs text");
    }
}
