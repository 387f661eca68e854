package ai.refinery.quality.report;

import ai.refinery.quality.report.html.Html;

/** Big-number tiles: a value over its label, optionally marked pass or fail. */
final class Tiles {
    private Tiles() {}

    static void tile(Html h, String label, String value) {
        tile(h, label, value, null);
    }

    static void tile(Html h, String label, String value, String cls) {
        h.open("div", "class", cls == null ? "tile" : "tile " + cls);
        h.el("span", value, "class", "tile-value");
        h.el("span", label, "class", "tile-label");
        h.close("div");
    }
}
