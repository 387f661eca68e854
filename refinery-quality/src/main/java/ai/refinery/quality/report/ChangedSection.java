package ai.refinery.quality.report;

import ai.refinery.quality.report.html.Html;
import ai.refinery.quality.report.html.TextDiff;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Examples of records a mapper changed, per step: only the fields that differ, marked added, removed
 * or changed; changed strings with the changed characters highlighted.
 */
final class ChangedSection implements Section {
    /** Strings longer than this are marked changed as a whole instead of aligned character by character. */
    static final int MAX_DIFF_CHARS = 5_000;

    private final ReportContext ctx;

    ChangedSection(ReportContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public String id() { return "changed"; }

    @Override
    public String title() { return "Changed records"; }

    @Override
    public boolean present() {
        return !ctx.data.changed.isEmpty();
    }

    @Override
    public void write(Html h) {
        List<Samples.Key> keys = SampleOrder.keys(ctx.data.changed, SampleOrder.steps(ctx.data.run), MissingNode.getInstance());
        int shown = 0;
        for (Samples.Key k : keys) {
            if (shown == SampleOrder.MAX_GROUPS || !ctx.roomForSamples(h)) break;
            shown++;
            List<JsonNode> samples = ctx.data.changed.get(k);
            h.open("h3").el("span", k.group(), "class", "step").close("h3");
            h.el("p", SampleOrder.showing(samples.size(), -1, "changed record", "changed records"), "class", "note");
            for (JsonNode s : samples) {
                if (ctx.roomForSamples(h)) change(h, s);
            }
        }
        SampleOrder.leftOut(h, keys.size() - shown, RunData.CHANGED);
        SamplesNote.write(h, ctx.data.changed);
    }

    private void change(Html h, JsonNode s) {
        JsonNode before = s.path("before");
        JsonNode after = s.path("after");
        Set<String> names = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        List<String> unchanged = new ArrayList<>();
        List<String> differing = new ArrayList<>();
        for (String f : names) {
            if (before.path(f).equals(after.path(f))) unchanged.add(f);
            else differing.add(f);
        }
        h.open("div", "class", "change");
        h.open("p", "class", "change-id");
        h.el("span", "id ", "class", "muted");
        ctx.values.capped(h, ValueView.plain(s.path("id")));
        h.el("span", " · " + DroppedSection.source(s), "class", "muted");
        h.close("p");
        Cells.table(h, "data diff");
        Cells.head(h, "field", "change", "before", "after");
        h.open("tbody");
        int shown = Math.min(differing.size(), ctx.options.maxColumns());
        for (int i = 0; i < shown; i++) field(h, differing.get(i), before.path(differing.get(i)), after.path(differing.get(i)));
        h.close("tbody");
        Cells.endTable(h);
        if (shown < differing.size()) h.el("p", (differing.size() - shown) + " more changed fields not shown.", "class", "note");
        if (!unchanged.isEmpty()) {
            h.open("p", "class", "note");
            h.text(unchanged.size() + " unchanged: ");
            ctx.values.capped(h, String.join(", ", unchanged));
            h.close("p");
        }
        h.close("div");
    }

    private void field(Html h, String name, JsonNode before, JsonNode after) {
        String kind = before.isMissingNode() ? "added" : after.isMissingNode() ? "removed" : "changed";
        h.open("tr", "class", kind);
        h.open("th", "scope", "row");
        ctx.values.capped(h, name);
        h.close("th");
        h.el("td", kind, "class", "kind");
        h.open("td", "class", "v before");
        if (!before.isMissingNode()) side(h, name, before, after, true);
        h.close("td");
        h.open("td", "class", "v after");
        if (!after.isMissingNode()) side(h, name, before, after, false);
        h.close("td");
        h.close("tr");
    }

    private void side(Html h, String name, JsonNode before, JsonNode after, boolean isBefore) {
        if (diffable(name, before, after)) {
            ctx.values.diffSide(h, TextDiff.diff(before.textValue(), after.textValue()), isBefore);
        } else {
            ctx.values.wholeSide(h, name, isBefore ? before : after, isBefore);
        }
    }

    private boolean diffable(String name, JsonNode before, JsonNode after) {
        return before.isTextual() && after.isTextual()
                && before.textValue().length() <= MAX_DIFF_CHARS && after.textValue().length() <= MAX_DIFF_CHARS
                && !ctx.values.isBytes(name, before.textValue()) && !ctx.values.isBytes(name, after.textValue());
    }
}
