package ai.refinery.quality.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.quality.report.html.Escape;
import ai.refinery.quality.report.html.Fmt;
import ai.refinery.quality.report.html.Html;
import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesMarkupInTextAndAttributes() {
        String html = new Html().el("p", "<script>alert(1)</script>", "title", "\"><img onerror=alert(1)>").finish();
        assertThat(html).isEqualTo("<p title=\"&quot;&gt;&lt;img onerror=alert(1)&gt;\">&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    }

    @Test
    void replacesWhatXmlCannotHold() {
        assertThat(Escape.xml("a\u0000b\tc\u007f\u0085")).isEqualTo("a\u2400b\tc\u2421\ufffd");
        assertThat(Escape.xml("x\ud800y\udc00z")).isEqualTo("x\ufffdy\ufffdz");
        assertThat(Escape.xml("ok 😀 '")).isEqualTo("ok 😀 &#39;");
        assertThat(Escape.xml("\ufffe")).isEqualTo("\ufffd");
    }

    @Test
    void namesAreCheckedAndNestingIsTracked() {
        assertThatThrownBy(() -> new Html().open("p onclick=x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Html().open("p", "on click", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Html().open("div").close("p")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Html().open("div").finish()).isInstanceOf(IllegalStateException.class);
        assertThat(new Html().open("p", "class", null).empty("br").close("p").finish()).isEqualTo("<p><br/></p>");
    }

    @Test
    void numbersReadWell() {
        assertThat(Fmt.count(1_234_567)).isEqualTo("1,234,567");
        assertThat(Fmt.num(0.98156)).isEqualTo("0.9816");
        assertThat(Fmt.num(38.0)).isEqualTo("38");
        assertThat(Fmt.num(12345.678)).isEqualTo("12,345.7");
        assertThat(Fmt.num(1e-8)).isEqualTo("1.000e-08");
        assertThat(Fmt.pct(0.98156)).isEqualTo("98.16%");
        assertThat(Fmt.bytes(4346)).isEqualTo("4.2 KiB");
        assertThat(Fmt.seconds(0.0793)).isEqualTo("0.079 s");
        assertThat(Fmt.seconds(192)).isEqualTo("3 min 12 s");
    }
}
