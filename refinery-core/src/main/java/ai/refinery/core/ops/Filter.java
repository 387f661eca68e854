package ai.refinery.core.ops;

import ai.refinery.core.config.Setting;
import ai.refinery.core.expr.Expression;
import ai.refinery.core.expr.ExpressionException;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordFilter;
import ai.refinery.core.record.Record;

/**
 * Keeps records for which the {@code where} expression is true; false or null drops them. An
 * expression that fails for a record (e.g. compares a text with a number) sends it to quarantine.
 */
public final class Filter implements RecordFilter {
    private static final long serialVersionUID = 1L;
    private final Expression where;
    private final String reason;

    public Filter(Config config) {
        this.where = Expression.parse(config.where());
        this.reason = config.reason();
    }

    public record Config(
            @Setting("Condition a record must meet to be kept, e.g. \"len(text) >= 20 && lang in ['en', 'de']\".") String where,
            @Setting(value = "Reason counted for dropped records.", defaultValue = "filter") String reason) {
        public Config {
            if (where == null || where.isBlank()) {
                throw new IllegalArgumentException("'where' must be a condition, e.g. where: \"age >= 18\"");
            }
            try {
                Expression.parse(where);
            } catch (ExpressionException e) {
                throw new IllegalArgumentException("'where' is not a valid expression: " + e.getMessage(), e);
            }
            if (reason == null || reason.isBlank() || reason.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("'reason' must be a short word such as too_short, not '" + reason + "'");
            }
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("filter", "Keeps records for which an expression is true.", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new Filter(config);
        }
    }

    @Override
    public String dropReason(Record record) {
        return where.test(record) ? KEEP : reason;
    }
}
