package ai.refinery.text.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LenientDecodingTest {
    private static final byte[] LATIN = "caf\u00e9 \u00e0 la cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] UTF8 = "caf\u00e9 \u2014 \u65e5\u672c".getBytes(StandardCharsets.UTF_8);

    @Test
    void aCleanDeclaredCharsetWins() {
        byte[] koi8 = "\u041f\u0440\u0438\u0432\u0435\u0442".getBytes(Charset.forName("KOI8-R"));
        LenientDecoding.Decoded d = LenientDecoding.decode(koi8, "\"koi8-r\"");
        assertThat(d.text()).isEqualTo("\u041f\u0440\u0438\u0432\u0435\u0442");
        assertThat(d.note()).isNull();
        assertThat(LenientDecoding.decode(LATIN, "ISO-8859-1").text()).isEqualTo("caf\u00e9 \u00e0 la cr\u00e8me");
        assertThat(LenientDecoding.decode(LATIN, "ISO-8859-1").note()).isNull();
    }

    @Test
    void latinLabelsOnUtf8BytesAreReadAsUtf8() {
        LenientDecoding.Decoded d = LenientDecoding.decode(UTF8, "iso-8859-1");
        assertThat(d.text()).isEqualTo("caf\u00e9 \u2014 \u65e5\u672c");
        assertThat(d.note()).isEqualTo("declared iso-8859-1, valid UTF-8");
        assertThat(LenientDecoding.decode(UTF8, "us-ascii").charset()).isEqualTo("UTF-8");
    }

    @Test
    void missingUnknownOrWrongCharsetsFallBackSensibly() {
        assertThat(LenientDecoding.decode(UTF8, null).text()).isEqualTo("caf\u00e9 \u2014 \u65e5\u672c");
        LenientDecoding.Decoded none = LenientDecoding.decode(LATIN, null);
        assertThat(none.text()).isEqualTo("caf\u00e9 \u00e0 la cr\u00e8me");
        assertThat(none.note()).isEqualTo("no charset, not UTF-8");
        LenientDecoding.Decoded unknown = LenientDecoding.decode(LATIN, "x-no-such-charset");
        assertThat(unknown.text()).isEqualTo("caf\u00e9 \u00e0 la cr\u00e8me");
        assertThat(unknown.note()).isEqualTo("unknown charset x-no-such-charset");
        // Latin-1 text labelled UTF-8: more bad bytes than good sequences
        LenientDecoding.Decoded mislabelled = LenientDecoding.decode(LATIN, "utf-8");
        assertThat(mislabelled.text()).isEqualTo("caf\u00e9 \u00e0 la cr\u00e8me");
        assertThat(mislabelled.note()).isEqualTo("declared UTF-8, mostly not UTF-8");
        // UTF-8 with one stray byte: replaced, the rest kept
        byte[] stray = new byte[UTF8.length + 1];
        System.arraycopy(UTF8, 0, stray, 0, UTF8.length);
        stray[UTF8.length] = (byte) 0xFF;
        assertThat(LenientDecoding.decode(stray, "utf-8").text()).isEqualTo("caf\u00e9 \u2014 \u65e5\u672c\uFFFD");
        assertThat(LenientDecoding.decode(new byte[] {(byte) 0x93, 'x', (byte) 0x94}, "windows-1252").text()).isEqualTo("\u201cx\u201d");
    }

    @Test
    void windowsFontCharsetNamesAreUnderstood() {
        byte[] gbk = "\u4e2d\u6587".getBytes(Charset.forName("GBK"));
        assertThat(LenientDecoding.decode(gbk, "GB2312_CHARSET").text()).isEqualTo("\u4e2d\u6587");
        assertThat(LenientDecoding.decode(gbk, "gb2312").text()).isEqualTo("\u4e2d\u6587");
    }

    @Test
    void htmlMetaCharsetIsSniffed() {
        assertThat(HtmlCharset.sniff("<html><head><META http-equiv=Content-Type content=\"text/html; charset=ISO-8859-2\">".getBytes(
                StandardCharsets.US_ASCII))).isEqualTo("iso-8859-2");
        assertThat(HtmlCharset.sniff("<meta charset='utf-8'>".getBytes(StandardCharsets.US_ASCII))).isEqualTo("utf-8");
        assertThat(HtmlCharset.sniff("<p>no meta</p>".getBytes(StandardCharsets.US_ASCII))).isNull();
    }
}
