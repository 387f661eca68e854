package ai.refinery.text.quality;

import ai.refinery.core.op.Operator;
import ai.refinery.core.op.RecordFilter;
import ai.refinery.core.op.RecordMapper;
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
 * <p><b>Figures in meta ({@code record_stats: true}).</b> A filter can only keep or drop a record,
 * not change it, so with {@code record_stats} the operator becomes a mapper that keeps every
 * record and writes {@code meta.<operator>}: a map of the measured figures plus {@code reason}
 * when the record would have been dropped. Follow it with a {@code filter} step to drop, e.g.
 * {@code where: "meta.gopher_quality.reason == null"}, or keep everything and look at the
 * histograms.
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

    /** This filter, or with {@code recordStats} a mapper writing its figures to meta and dropping nothing. */
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

    /** Keeps every record and writes the rule's figures to {@code meta.<operator>}. */
    static final class FigureRecorder implements RecordMapper {
        private static final long serialVersionUID = 1L;
        private final TextQualityFilter rule;

        FigureRecorder(TextQualityFilter rule) {
            this.rule = rule;
        }

        @Override
        public Record map(Record record) {
            return record.withMeta(rule.operatorName(), rule.figures(record));
        }
    }
}
