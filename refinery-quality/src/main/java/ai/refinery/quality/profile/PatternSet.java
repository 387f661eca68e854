package ai.refinery.quality.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The options' named patterns, compiled once per profiler; a column's counter gets its own matchers. */
final class PatternSet {
    private final List<String> names;
    private final List<Pattern> compiled;

    PatternSet(Map<String, String> patterns) {
        List<String> n = new ArrayList<>();
        List<Pattern> c = new ArrayList<>();
        patterns.forEach((name, regex) -> {
            n.add(name);
            c.add(Pattern.compile(regex));
        });
        this.names = Collections.unmodifiableList(n);
        this.compiled = Collections.unmodifiableList(c);
    }

    boolean isEmpty() { return names.isEmpty(); }

    List<String> names() { return names; }

    Matcher[] newMatchers() {
        Matcher[] m = new Matcher[compiled.size()];
        for (int i = 0; i < m.length; i++) m[i] = compiled.get(i).matcher("");
        return m;
    }
}
