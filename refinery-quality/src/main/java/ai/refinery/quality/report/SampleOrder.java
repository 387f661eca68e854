package ai.refinery.quality.report;

import ai.refinery.quality.report.html.Fmt;
import ai.refinery.quality.report.html.Html;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Sample groups in the order a reader follows the run: pipeline order, then the most frequent reason first. */
final class SampleOrder {
    private SampleOrder() {}

    /**
     * The keys of {@code samples}: groups in {@code groupOrder} first (other groups after, as read),
     * details within a group by {@code counts} (group → detail → count), largest first.
     */
    static List<Samples.Key> keys(Samples samples, List<String> groupOrder, JsonNode counts) {
        Set<String> groups = new LinkedHashSet<>(groupOrder);
        samples.all().keySet().forEach(k -> groups.add(k.group()));
        List<Samples.Key> out = new ArrayList<>();
        for (String g : groups) {
            List<Samples.Key> ofGroup = new ArrayList<>();
            for (Samples.Key k : samples.all().keySet()) if (k.group().equals(g)) ofGroup.add(k);
            JsonNode byDetail = counts.path(g);
            ofGroup.sort(Comparator.comparingLong((Samples.Key k) -> -byDetail.path(k.detail()).asLong(0)));
            out.addAll(ofGroup);
        }
        return out;
    }

    /** Groups (step and reason, step, stage) shown at most per section. */
    static final int MAX_GROUPS = 20;

    /** Says that groups were left out, and where to find them. */
    static void leftOut(Html h, int groups, String dir) {
        if (groups > 0) {
            h.el("p", groups + (groups == 1 ? " more group is" : " more groups are") + " left out to keep this page small; see "
                    + dir + "/.", "class", "note");
        }
    }

    /** Operator names in pipeline order, with "read" (the stage before the first operator) first. */
    static List<String> steps(JsonNode run) {
        List<String> out = new ArrayList<>();
        out.add("read");
        for (JsonNode op : run.path("operators")) out.add(op.path("name").asText());
        for (JsonNode step : run.path("pipeline")) {
            String n = step.path("name").asText();
            if (!out.contains(n)) out.add(n);
        }
        return out;
    }

    /** Field names of the records in order of first appearance. */
    static List<String> fields(List<JsonNode> records) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode r : records) r.fieldNames().forEachRemaining(names::add);
        return new ArrayList<>(names);
    }

    /** "Showing 5 of 6 dropped records." ({@code total} < 0 when unknown). */
    static String showing(int shown, long total, String one, String many) {
        long n = total >= 0 ? total : shown;
        return "Showing " + shown + (total >= 0 ? " of " + Fmt.count(total) : "") + " " + (n == 1 ? one : many) + ".";
    }

    /** The run's count for a group: {@code counts} maps group to count, or group to detail to count; -1 if absent. */
    static long count(JsonNode counts, Samples.Key k) {
        JsonNode g = counts.path(k.group());
        return g.isNumber() ? g.asLong() : g.path(k.detail()).asLong(-1);
    }
}
