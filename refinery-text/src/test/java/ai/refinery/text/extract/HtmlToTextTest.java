package ai.refinery.text.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ai.refinery.core.record.Record;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlToTextTest {
    private static Record html(Object v) {
        return Record.builder("r").set("text", v).build();
    }

    private static String text(String html) {
        return new HtmlToText(new HtmlToText.Config("text", null, null, null, null)).map(html(html)).getString("text");
    }

    @Test
    void keepsParagraphsLinesAndListItems() {
        String html = "<html><body><h1>Title  of\n the page</h1><p>First   paragraph,\n wrapped.</p><p>Second<br>with a break"
                + "<br><br>and a blank line.</p><ul><li>one</li><li>two <i>items</i></li></ul><div>a div</div><div>another</div>"
                + "<table><tr><td>c1</td><td>c2</td></tr><tr><td>c3</td></tr></table>tail</body></html>";
        assertThat(text(html)).isEqualTo("Title of the page\n\nFirst paragraph, wrapped.\n\nSecond\nwith a break\n\nand a blank line.\n\n"
                + "one\ntwo items\n\na div\nanother\n\nc1 c2\nc3\n\ntail");
    }

    @Test
    void dropsScriptsBoilerplateAndHiddenElements() {
        String html = "<head><title>t</title><style>p{}</style></head><body><header>Site header</header><nav><a>Home</a></nav>"
                + "<script>var x = '<p>no</p>';</script><noscript>enable js</noscript><main><p>Content</p>"
                + "<p hidden>hidden attr</p><p style=\"DISPLAY: None\">no display</p><span style='visibility : hidden'>invisible</span>"
                + "<div aria-hidden=\"true\">aria</div><input type=hidden value=v><form><label>Name</label></form></main>"
                + "<aside>Related</aside><footer>Copyright</footer><template><p>tpl</p></template><!-- a comment --></body>";
        assertThat(text(html)).isEqualTo("Content");
    }

    @Test
    void decodesEntitiesAndKeepsInlineWordsTogether() {
        assertThat(text("<p>Fish &amp; chips &eacute;t&eacute; &#8217;quoted&#x2019; &lt;tag&gt;&nbsp;x</p>"))
                .isEqualTo("Fish & chips \u00e9t\u00e9 \u2019quoted\u2019 <tag>\u00a0x");
        assertThat(text("<b>Hel</b><i>lo</i> <a href=x>wor</a>ld")).isEqualTo("Hello world");
    }

    @Test
    void preformattedTextIsKeptVerbatim() {
        assertThat(text("<p>code:</p><pre>  line 1\n    line  2\n</pre><p>after</p>")).isEqualTo("code:\n\n  line 1\n    line  2\n\nafter");
    }

    @Test
    void writesTheTitleAndCanWriteToAnotherField() {
        HtmlToText op = new HtmlToText(new HtmlToText.Config("html", "body", "title", null, null));
        Record r = op.map(Record.builder("r").set("html", "<title> My \n page </title><p>x</p>").build());
        assertThat(r.getString("title")).isEqualTo("My page");
        assertThat(r.getString("body")).isEqualTo("x");
        assertThat(r.getString("html")).contains("<title>");
        Record none = op.map(Record.builder("r").set("html", "<p>no title</p>").build());
        assertThat(none.has("title")).isTrue();
        assertThat(none.get("title")).isNull();
    }

    @Test
    void writesTheDocumentLanguage() {
        HtmlToText op = new HtmlToText(new HtmlToText.Config("text", null, null, "lang", null));
        assertThat(op.map(html("<!doctype html><html lang=\"pt-BR\"><body><p>Ol\u00e1</p></body></html>")).getString("lang")).isEqualTo("pt-BR");
        assertThat(op.map(html("<p>no lang</p>")).get("lang")).isNull();
    }

    @Test
    void bytesAreDecodedByTheirMetaCharset() {
        byte[] latin = "<html><head><meta http-equiv=Content-Type content='text/html; charset=windows-1252'></head><p>caf\u00e9 \u201cq\u201d</p>"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(new HtmlToText(new HtmlToText.Config("text", null, null, null, null)).map(html(latin)).getString("text"))
                .isEqualTo("caf\u00e9 \u201cq\u201d");
        byte[] utf8 = "<p>\u00fcber</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(new HtmlToText(new HtmlToText.Config("text", null, null, null, null)).map(html(utf8)).getString("text")).isEqualTo("\u00fcber");
    }

    @Test
    void theDropListCanBeChanged() {
        HtmlToText keepNav = new HtmlToText(new HtmlToText.Config("text", null, null, null, List.of("script")));
        assertThat(keepNav.map(html("<nav>Menu</nav><p>Body</p><script>x</script>")).getString("text")).isEqualTo("Menu\n\nBody");
    }

    @Test
    void brokenAndEmptyHtmlGiveWhatCanBeRead() {
        assertThat(text("<div><p>unclosed <b>bold <table><tr><td>cell")).isEqualTo("unclosed bold\n\ncell");
        assertThat(text("")).isEmpty();
        assertThat(text("   \n ")).isEmpty();
        assertThat(text("just text")).isEqualTo("just text");
    }

    @Test
    void deepNestingAndLargeDocumentsStayLinear() {
        String deep = "<div>".repeat(50_000) + "deep" + "</div>".repeat(50_000);
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 100_000; i++) big.append("<p>paragraph ").append(i).append("</p>");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThat(text(deep)).isEqualTo("deep");
            String t = text(big.toString());
            assertThat(t).startsWith("paragraph 0\n\nparagraph 1\n\n").endsWith("paragraph 99999");
        });
    }

    @Test
    void aFieldOfTheWrongTypeSaysSo() {
        HtmlToText op = new HtmlToText(new HtmlToText.Config("text", null, null, null, null));
        assertThatThrownBy(() -> op.map(html(42L))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field 'text' holds long, not HTML text or bytes");
        assertThatThrownBy(() -> op.map(Record.builder("r").build())).hasMessage("field 'text' is missing (expected HTML text or bytes)");
    }
}
