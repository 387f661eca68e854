package ai.refinery.text.stats;

import ai.refinery.core.config.ConfigBinder;
import ai.refinery.core.config.ConfigNode;
import ai.refinery.core.extension.RunExtension;
import ai.refinery.core.extension.RunSession;
import ai.refinery.core.recipe.Recipe;
import ai.refinery.core.recipe.Step;
import ai.refinery.core.run.RunReport;
import ai.refinery.core.tap.RecordTap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds a {@code text} section to run.json with the corpus before and after the pipeline
 * ({@link CorpusStats}): documents, characters, words, tokens ({@code meta.tokens} from
 * {@code count_tokens}), length and word-count histograms, languages and the quality figures
 * operators wrote to meta. The HTML report shows it when present.
 */
public final class TextStatsExtension implements RunExtension {
    static final String SECTION = "text_stats";
    /** The run.json section it writes. */
    public static final String RUN_SECTION = "text";

    @Override
    public List<String> sections() {
        return List.of(SECTION);
    }

    @Override
    public void validate(Map<String, ConfigNode> sections, Recipe recipe) {
        settings(sections);
    }

    @Override
    public RunSession begin(Map<String, ConfigNode> sections, Recipe recipe) {
        TextStatsSettings s = settings(sections);
        boolean on = s.enabled() != null ? s.enabled() : usesTextOperators(recipe);
        return on ? new Session(s.field()) : null;
    }

    private static boolean usesTextOperators(Recipe recipe) {
        for (Step step : recipe.pipeline()) {
            if (step.provider().getClass().getName().startsWith("ai.refinery.text.")) return true;
        }
        return false;
    }

    private static TextStatsSettings settings(Map<String, ConfigNode> sections) {
        return ConfigBinder.bind(sections.get(SECTION), TextStatsSettings.class, SECTION);
    }

    private static final class Session implements RunSession {
        private final String field;
        private final CorpusStatsTap input;
        private final CorpusStatsTap output;

        Session(String field) {
            this.field = field;
            this.input = new CorpusStatsTap(field);
            this.output = new CorpusStatsTap(field);
        }

        @Override
        public List<RecordTap<?>> inputTaps() {
            return List.of(input);
        }

        @Override
        public List<RecordTap<?>> outputTaps() {
            return List.of(output);
        }

        @Override
        public Map<String, Map<String, Object>> runSections(RunReport pipeline) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("field", field);
            section.put("input", input.toJson());
            section.put("output", output.toJson());
            return Map.of(RUN_SECTION, section);
        }
    }
}
