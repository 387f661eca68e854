package ai.refinery.text.extract;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The readable text of an HTML document: boilerplate and invisible elements dropped, entities
 * decoded, paragraphs separated by an empty line, block elements, list items and {@code <br>} on
 * their own lines, {@code <pre>} kept verbatim. Shared by {@code html_to_text} and {@code mail_to_text}.
 */
final class HtmlTextExtractor implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Dropped unless the recipe says otherwise: scripts and page furniture that is not the content. */
    static final List<String> DEFAULT_DROPPED = List.of("script", "style", "noscript", "nav", "header", "footer", "aside", "form");

    /** Never text: the document head (the title is taken separately), and embedded non-HTML content. */
    private static final Set<String> NEVER_TEXT = Set.of("head", "template", "svg", "math", "iframe", "object", "embed", "canvas",
            "audio", "video", "map", "select", "datalist");

    /** Blocks that separate paragraphs (an empty line before and after). */
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol",
            "dl", "table", "hr", "figure", "address", "listing", "xmp", "plaintext");

    /** Blocks that start and end a line. */
    private static final Set<String> LINES = Set.of("div", "li", "tr", "dt", "dd", "caption", "center", "section", "article", "main",
            "details", "summary", "fieldset", "legend", "figcaption", "option", "body", "html", "tbody", "thead", "tfoot", "menu",
            "dir", "hgroup", "search", "frameset", "noframes");

    private static final Set<String> CELLS = Set.of("td", "th");

    private static final Set<String> PREFORMATTED = Set.of("pre", "textarea", "listing", "xmp", "plaintext");

    private final Set<String> dropped;

    HtmlTextExtractor(List<String> droppedElements) {
        this.dropped = Set.copyOf(droppedElements.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
    }

    /** Text and title of a parsed document. */
    record Extracted(String text, String title) {}

    Extracted extract(String html) {
        return extract(Jsoup.parse(html));
    }

    Extracted extract(Document doc) {
        PlainTextBuilder out = new PlainTextBuilder();
        NodeTraversor.filter(new Layout(out), doc);
        return new Extracted(out.toString(), doc.title().strip());
    }

    /** Walks the tree (jsoup walks without recursion, so deep nesting cannot overflow the stack). */
    private final class Layout implements NodeFilter {
        private final PlainTextBuilder out;
        private int preDepth;

        Layout(PlainTextBuilder out) {
            this.out = out;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                if (preDepth > 0) out.preformatted(t.getWholeText());
                else out.text(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) return FilterResult.CONTINUE; // comments, doctypes, data of scripts
            String tag = e.normalName();
            if (dropped.contains(tag) || NEVER_TEXT.contains(tag) || isHidden(e)) return FilterResult.SKIP_ENTIRELY;
            boundary(tag, true);
            if (PREFORMATTED.contains(tag)) preDepth++;
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (PREFORMATTED.contains(tag)) preDepth--;
                boundary(tag, false);
            }
            return FilterResult.CONTINUE;
        }

        private void boundary(String tag, boolean opening) {
            if (tag.equals("br")) {
                if (opening) out.hardBreak();
            } else if (PARAGRAPHS.contains(tag)) {
                out.lineBreak(true);
            } else if (LINES.contains(tag)) {
                out.lineBreak(false);
            } else if (CELLS.contains(tag) || tag.equals("img")) {
                out.space();
            }
        }
    }

    /** Elements a browser would not show: the hidden attribute, aria-hidden, inline display:none / visibility:hidden. */
    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) return true;
        if ("true".equalsIgnoreCase(e.attr("aria-hidden"))) return true;
        if (e.normalName().equals("input") && "hidden".equalsIgnoreCase(e.attr("type"))) return true;
        String style = e.attr("style");
        return !style.isEmpty() && hidesByStyle(style);
    }

    /** display:none or visibility:hidden in an inline style, spaces and case ignored. */
    static boolean hidesByStyle(String style) {
        StringBuilder compact = new StringBuilder(style.length());
        for (int i = 0; i < style.length(); i++) {
            char c = style.charAt(i);
            if (!Character.isWhitespace(c)) compact.append(Character.toLowerCase(c));
        }
        String s = compact.toString();
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
