package ai.refinery.quality.report;

import ai.refinery.quality.report.html.Html;
import java.util.List;

/**
 * The document around the sections: head with the inline stylesheet, a sticky table of contents of
 * the sections present, the header, each section with its heading, and the footer. No external
 * resource of any kind, and readable without scripts.
 */
final class Page {
    private Page() {}

    static String render(ReportContext ctx, List<Section> sections) {
        List<Section> present = sections.stream().filter(Section::present).toList();
        Html h = new Html();
        h.trusted("<!DOCTYPE html>\n");
        h.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en");
        h.open("head");
        h.empty("meta", "charset", "utf-8");
        h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        h.empty("meta", "name", "generator", "content", "Refinery report");
        String recipe = ctx.data.run.path("recipe").path("name").asText("run");
        h.el("title", recipe + " — " + ctx.data.status() + " — Refinery run report");
        h.open("style").trusted(Style.CSS).close("style");
        h.close("head");
        h.open("body", "class", ctx.data.failed() ? "failed" : "succeeded");
        h.open("div", "class", "layout");
        toc(h, present);
        h.open("main");
        new Header(ctx).write(h);
        for (Section s : present) {
            h.open("section", "id", s.id(), "class", "section");
            h.el("h2", s.title());
            s.write(h);
            h.close("section");
        }
        new Footer(ctx).write(h);
        h.close("main");
        h.close("div");
        h.close("body");
        h.close("html");
        return h.finish();
    }

    private static void toc(Html h, List<Section> present) {
        h.open("nav", "class", "toc", "aria-label", "Contents");
        h.el("p", "Refinery", "class", "brand");
        h.open("ol");
        h.open("li").el("a", "Summary", "href", "#summary").close("li");
        for (Section s : present) h.open("li").el("a", s.title(), "href", "#" + s.id()).close("li");
        h.close("ol");
        h.close("nav");
    }
}
