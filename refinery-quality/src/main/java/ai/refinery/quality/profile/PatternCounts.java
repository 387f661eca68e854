package ai.refinery.quality.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/** How many of a column's string values each named pattern is found in. */
final class PatternCounts {
    private final PatternSet patterns;
    private final Matcher[] matchers;
    private final long[] matched;

    PatternCounts(PatternSet patterns) {
        this.patterns = patterns;
        this.matchers = patterns.newMatchers();
        this.matched = new long[matchers.length];
    }

    void add(String s) {
        for (int i = 0; i < matchers.length; i++) {
            if (matchers[i].reset(s).find()) matched[i]++;
        }
    }

    void absorb(PatternCounts next) {
        for (int i = 0; i < matched.length; i++) matched[i] += next.matched[i];
    }

    /** Name → fraction of the {@code strings} string values that match. */
    Map<String, Double> fractions(long strings) {
        Map<String, Double> out = new LinkedHashMap<>();
        List<String> names = patterns.names();
        for (int i = 0; i < matched.length; i++) out.put(names.get(i), (double) matched[i] / strings);
        return out;
    }
}
