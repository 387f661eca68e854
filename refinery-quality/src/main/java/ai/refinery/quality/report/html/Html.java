package ai.refinery.quality.report.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * A small writer of polyglot HTML5 (also well-formed XML): every element is closed, void elements
 * are self-closed, and all text and attribute values pass through {@link Escape}. Tag and
 * attribute names are checked, so only values can come from data. Nesting is tracked so a
 * mismatched {@link #close} fails at once instead of producing a broken page.
 */
public final class Html {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(:[a-z][a-z0-9-]*)?");

    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens {@code tag} with attributes given as name, value pairs; a null value omits the attribute. */
    public Html open(String tag, String... attrs) {
        startTag(tag, attrs);
        out.append('>');
        open.push(tag);
        return this;
    }

    public Html close(String tag) {
        String top = open.poll();
        if (!tag.equals(top)) throw new IllegalStateException("closing <" + tag + "> but <" + top + "> is open");
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only text. */
    public Html el(String tag, String text, String... attrs) {
        return open(tag, attrs).text(text).close(tag);
    }

    /** A void element such as {@code meta} or {@code br}, self-closed. */
    public Html empty(String tag, String... attrs) {
        startTag(tag, attrs);
        out.append("/>");
        return this;
    }

    public Html text(String s) {
        out.append(Escape.xml(s));
        return this;
    }

    /**
     * Appends markup this package's callers generated themselves (the stylesheet, SVG from
     * {@code SvgRenderer}); never pass data here.
     */
    public Html trusted(String markup) {
        out.append(markup);
        return this;
    }

    /** The document; every element must be closed. */
    public String finish() {
        if (!open.isEmpty()) throw new IllegalStateException("unclosed elements: " + open);
        return out.toString();
    }

    public int length() {
        return out.length();
    }

    private void startTag(String tag, String[] attrs) {
        checkName(tag);
        if (attrs.length % 2 != 0) throw new IllegalArgumentException("attributes come in name, value pairs");
        out.append('<').append(tag);
        for (int i = 0; i < attrs.length; i += 2) {
            if (attrs[i + 1] == null) continue;
            checkName(attrs[i]);
            out.append(' ').append(attrs[i]).append("=\"").append(Escape.xml(attrs[i + 1])).append('"');
        }
    }

    private static void checkName(String name) {
        if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("bad tag or attribute name: " + name);
    }
}
