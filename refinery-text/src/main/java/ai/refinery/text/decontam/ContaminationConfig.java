package ai.refinery.text.decontam;

import ai.refinery.core.config.Setting;
import ai.refinery.core.ops.FieldNames;
import java.util.List;
import java.util.Locale;

/**
 * Settings of {@code decontaminate} and {@code flag_contamination} (one record for both, so they
 * cannot drift apart). Reading the eval set is part of validation: a missing file, an unparseable
 * line or an eval set without one document of {@code min_eval_words} words fails the recipe before any
 * data is read, and {@code eval_sha256} is filled in with the set's SHA-256 so that run.json records
 * which eval set was used (given in the recipe, it must match).
 */
public record ContaminationConfig(
        @Setting(value = "Text field checked.", defaultValue = "text")
        String field,
        @Setting("Eval set paths: .jsonl files (eval_field of each line), other files (one document per line), directories (each .txt file one document).")
        List<String> evalSets,
        @Setting(value = "Field holding the text in JSONL eval records.", defaultValue = "text")
        String evalField,
        @Setting(value = "Words per n-gram; a document sharing any n-gram with the eval set is contaminated (13 as in GPT-3 and Llama).", defaultValue = "13")
        int n,
        @Setting(value = "Compare NFKC, lower-cased, with punctuation and symbols deleted and white space collapsed; false compares words exactly.", defaultValue = "true")
        boolean normalize,
        @Setting(value = "Eval documents with fewer words are ignored (default: n, as shorter ones hold no n-gram).", optional = true)
        Integer minEvalWords,
        @Setting(value = "SHA-256 of the eval set: filled in when read; when given, a different eval set fails.", optional = true)
        String evalSha256) implements java.io.Serializable {
    static final int MAX_N = 1_000;

    public ContaminationConfig {
        FieldNames.requireName(field, "field");
        FieldNames.requireName(evalField, "eval_field");
        if (evalSets == null || evalSets.isEmpty()) {
            throw new IllegalArgumentException("'eval_sets' must name at least one eval set file or directory, e.g. eval_sets: [evals/mmlu.jsonl]");
        }
        evalSets = List.copyOf(evalSets);
        if (n < 1 || n > MAX_N) throw new IllegalArgumentException("'n' must be between 1 and " + MAX_N + " words, got " + n);
        if (minEvalWords == null) minEvalWords = n;
        if (minEvalWords < n) {
            throw new IllegalArgumentException("'min_eval_words' must be at least n (" + n + "): a shorter document holds no n-gram; got " + minEvalWords);
        }
        EvalSet set = EvalSets.get(evalSets, evalField, n, normalize, minEvalWords);
        if (evalSha256 != null && !evalSha256.strip().toLowerCase(Locale.ROOT).equals(set.sha256)) {
            throw new IllegalArgumentException("eval set " + evalSets + " has SHA-256 " + set.sha256 + ", not the expected " + evalSha256);
        }
        evalSha256 = set.sha256;
    }

    /** The eval set's n-grams, read once per JVM (again after deserialization, checked against the SHA-256). */
    EvalSet evalSet() {
        EvalSet set = EvalSets.get(evalSets, evalField, n, normalize, minEvalWords);
        if (!set.sha256.equals(evalSha256)) {
            throw new IllegalStateException("eval set " + evalSets + " changed since the recipe was validated: SHA-256 " + set.sha256
                    + ", expected " + evalSha256);
        }
        return set;
    }
}
