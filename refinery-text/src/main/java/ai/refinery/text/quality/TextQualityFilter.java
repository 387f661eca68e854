package ai.refinery.text.quality;

import ai.refinery.core.op.Operator;
import ai.refinery.core.op.RecordFilter;
import ai.refinery.core.op.ScoringFilter;
import ai.refinery.core.record.Record;

/**
 * A quality rule over one text field, as a filter: a record is dropped with the reason
 * {@code <operator>:<rule>} of the first rule it fails, e.g. {@code gopher_quality:too_few_words}.
 *
 * <p>A record without the field (or with null) is dropped as {@code <operator>:no_text}; an empty
 * text is judged like any other (most rules drop it). A field holding something other than text
 * (a number, a list) sends the record to quarantine with a message naming the field and type,
 * because it is a pipeline mistake (the wrong field, a missing cast), not poor text.
 *
 * <p><b>Figures in meta ({@code record_stats: true}).</b> The operator is then a
 * {@link ScoringFilter}: it measures every figure of its rules (not only up to the first failure),
 * writes them to {@code meta.<operator>} (a map, with {@code reason} when a rule fails) and drops
 * as usual, so kept records carry their figures on to the report's histograms and dropped-record
 * samples show why they went.
 */
public abstract class TextQualityFilter implements RecordFilter {
    private static final long serialVersionUID = 1L;
    /** The rule reported for a record without the text field. */
    public static final String NO_TEXT = "no_text";

    private final String operator;
    private final String field;

    protected TextQualityFilter(String operator, String field) {
        this.operator = operator;
        this.field = field;
    }

    /** This filter, or with {@code recordStats} one that also writes its figures to meta. */
    final Operator asOperator(boolean recordStats) {
        return recordStats ? new FigureRecorder(this) : this;
    }

    /** Measures {@code text} and tells {@code j} each figure and whether its rule fails, in the rule's order. */
    abstract void judge(String text, Judgement j);

    @Override
    public final String dropReason(Record record) {
        String text = TextField.read(record, field, operator);
        if (text == null) return operator + ":" + NO_TEXT;
        Judgement j = Judgement.verdictOnly();
        judge(text, j);
        return j.reason() == null ? KEEP : operator + ":" + j.reason();
    }

    /** The measured figures of {@code record}'s text (with {@code reason} when it fails a rule). */
    final java.util.Map<String, Object> figures(Record record) {
        String text = TextField.read(record, field, operator);
        if (text == null) return java.util.Map.of("reason", NO_TEXT);
        Judgement j = Judgement.recording();
        judge(text, j);
        return j.figures();
    }

    /** The operator name, which is also the meta key of the figures. */
    final String operatorName() {
        return operator;
    }

    /** Drops as the rule does and writes its figures to {@code meta.<operator>} of every record it judges. */
    static final class FigureRecorder implements ScoringFilter {
        private static final long serialVersionUID = 1L;
        private final TextQualityFilter rule;

        FigureRecorder(TextQualityFilter rule) {
            this.rule = rule;
        }

        @Override
        public Verdict judge(Record record) {
            java.util.Map<String, Object> figures = rule.figures(record);
            Object reason = figures.get("reason");
            return new Verdict(record.withMeta(rule.operatorName(), figures), reason == null ? KEEP : rule.operatorName() + ":" + reason);
        }
    }
}
