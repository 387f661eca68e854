package ai.refinery.text.extract;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The charset an HTML document names in its {@code <meta>} (only the first 4 KB are looked at, as browsers prescan). */
final class HtmlCharset {
    private static final int PRESCAN = 4096;

    private HtmlCharset() {}

    /** The label after the first {@code charset=} in a meta tag, or null. */
    static String sniff(byte[] html) {
        String head = new String(html, 0, Math.min(html.length, PRESCAN), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int from = 0;
        while (true) {
            int meta = head.indexOf("<meta", from);
            if (meta < 0) return null;
            int end = head.indexOf('>', meta);
            if (end < 0) return null;
            int cs = head.indexOf("charset=", meta);
            if (cs >= 0 && cs < end) {
                int i = cs + "charset=".length();
                while (i < end && (head.charAt(i) == '"' || head.charAt(i) == '\'' || head.charAt(i) == ' ')) i++;
                int j = i;
                while (j < end && "\"'; />".indexOf(head.charAt(j)) < 0) j++;
                return j > i ? head.substring(i, j) : null;
            }
            from = end;
        }
    }
}
