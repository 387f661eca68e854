package ai.refinery.quality.run;

import ai.refinery.core.config.Setting;
import java.util.List;
import java.util.Map;

/** A recipe's optional {@code report:} section: what the profiles and report.html of each run hold. */
public record ReportSettings(
        @Setting(value = "Write report.html (and charts/*.png) beside run.json.", defaultValue = "true") boolean html,
        @Setting(value = "Profile the input and the output of every run (profile.json, before/after charts).", defaultValue = "true") boolean profile,
        @Setting(value = "A label column whose class balance is shown before and after.", optional = true) String label,
        @Setting(value = "Named regular expressions whose compliance the profile measures per text column, e.g. {email: '[^@]+@[^@]+'}.",
                optional = true) Map<String, String> patterns,
        @Setting(value = "Columns to profile (default: all top-level fields).", optional = true) List<String> columns,
        @Setting(value = "Examples of dropped and changed records shown per step and reason.", defaultValue = "5") int samples,
        @Setting(value = "Also write a PNG of each chart, for terminal-only places.", defaultValue = "true") boolean png) {
    public ReportSettings {
        if (samples < 0) throw new IllegalArgumentException("samples must be >= 0, got " + samples);
        if (patterns != null) {
            for (Map.Entry<String, String> p : patterns.entrySet()) {
                try {
                    java.util.regex.Pattern.compile(p.getValue());
                } catch (java.util.regex.PatternSyntaxException e) {
                    throw new IllegalArgumentException("pattern '" + p.getKey() + "' does not compile: " + e.getDescription());
                }
            }
        }
    }
}
