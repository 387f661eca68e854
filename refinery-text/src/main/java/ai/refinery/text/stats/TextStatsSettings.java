package ai.refinery.text.stats;

import ai.refinery.core.config.Setting;

/**
 * A recipe's optional {@code text_stats:} section. Without it, a run whose pipeline uses a
 * refinery-text operator reports on the field {@code text}.
 */
public record TextStatsSettings(
        @Setting(value = "Report text statistics (the 'text' section of run.json): on by default when the pipeline uses a text operator.",
                optional = true) Boolean enabled,
        @Setting(value = "The text field to measure.", defaultValue = "text") String field) {
    public TextStatsSettings {
        if (field == null || field.isBlank()) throw new IllegalArgumentException("'field' must name the text field, e.g. field: text");
    }
}
