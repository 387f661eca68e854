package ai.refinery.quality.report;

import ai.refinery.quality.report.html.Fmt;
import ai.refinery.quality.report.html.Html;
import com.fasterxml.jackson.databind.JsonNode;

/** Table cells and JSON numbers as the page shows them; numbers right-aligned in tabular figures. */
final class Cells {
    private Cells() {}

    static final String NONE = "—";

    /** A header row; a name starting with '#' is a numeric column (right-aligned), the '#' dropped. */
    static void head(Html h, String... names) {
        h.open("thead").open("tr");
        for (String n : names) {
            if (n.startsWith("#")) h.el("th", n.substring(1), "class", "n", "scope", "col");
            else h.el("th", n, "scope", "col");
        }
        h.close("tr").close("thead");
    }

    static void num(Html h, String text) {
        h.el("td", text, "class", "n");
    }

    static void text(Html h, String text) {
        h.el("td", text);
    }

    /** A JSON number as a count, or a dash. */
    static String count(JsonNode n) {
        return n.isNumber() ? Fmt.count(n.asLong()) : NONE;
    }

    /** A JSON number as a measurement, or a dash. */
    static String num(JsonNode n) {
        return n.isNumber() ? Fmt.num(n.asDouble()) : NONE;
    }

    static String pct(JsonNode n) {
        return n.isNumber() ? Fmt.pct(n.asDouble()) : NONE;
    }

    /** A row of a definition list. */
    static void def(Html h, String term, String value) {
        if (value == null || value.isEmpty()) return;
        h.el("dt", term).el("dd", value);
    }

    /** Opens a table inside a horizontally scrolling wrapper; close with {@link #endTable}. */
    static void table(Html h, String cssClass) {
        h.open("div", "class", "scroll").open("table", "class", cssClass);
    }

    static void endTable(Html h) {
        h.close("table").close("div");
    }
}
