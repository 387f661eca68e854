package ai.refinery.quality.expect;

import ai.refinery.core.config.ConfigBinder;
import ai.refinery.core.config.ConfigException;
import ai.refinery.core.config.ConfigNode;
import ai.refinery.core.config.Suggestions;
import ai.refinery.core.record.FieldType;
import ai.refinery.quality.history.AnomalyStrategy;
import ai.refinery.quality.profile.ProfileMetrics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns the items of {@code expect.input} / {@code expect.output} into expectations, with errors that point at the line. */
final class ExpectationParser {
    private static final Set<String> COMMON = Set.of("check", "level", "name");
    static final List<String> CHECKS = List.of("row_count", "row_count_change", "completeness", "unique", "distinct_count",
            "values_in", "between", "matches", "type", "mean", "stddev", "min", "max", "sum", "quantile", "class_balance",
            "expression", "anomaly");

    private ExpectationParser() {}

    /** An expectation and where the recipe states it. */
    record Parsed(Expectation expectation, ai.refinery.core.config.Mark mark) {}

    static List<Parsed> parse(ConfigNode list, Side side) {
        List<Parsed> out = new ArrayList<>();
        if (list == null || list.isNull()) return out;
        if (!list.isList()) throw new ConfigException(list.mark(), "expect." + side.label() + " must be a list of expectations, each '- {check: <name>, ...}'");
        Set<String> names = new HashSet<>();
        for (ConfigNode item : list.items()) {
            Expectation e = parseOne(item, side);
            if (!names.add(e.name())) {
                throw new ConfigException(item.mark(), "two expectations on the " + side.label() + " are named '" + e.name() + "'; give one a name: setting");
            }
            out.add(new Parsed(e, item.mark()));
        }
        return out;
    }

    private static Expectation parseOne(ConfigNode item, Side side) {
        if (!item.isMap() || item.get("check") == null) {
            throw new ConfigException(item.mark(), "each expectation needs 'check: <name>' (one of " + String.join(", ", CHECKS) + ")");
        }
        String check = item.get("check").asString();
        if (!CHECKS.contains(check)) {
            throw new ConfigException(item.get("check").mark(), "unknown check '" + check + "'" + Suggestions.didYouMean(check, CHECKS)
                    + "; known: " + String.join(", ", CHECKS));
        }
        Level level = item.get("level") == null ? Level.ERROR : level(item.get("level"));
        String what = "expectation '" + check + "'";
        try {
            return build(item, side, check, level, what);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(item.mark(), what + ": " + e.getMessage(), e);
        }
    }

    private static Level level(ConfigNode n) {
        String s = n.asString();
        for (Level l : Level.values()) if (l.label().equals(s)) return l;
        throw new ConfigException(n.mark(), "level must be error or warning, got '" + s + "'");
    }

    private static String name(ConfigNode item, String fallback) {
        return item.get("name") != null ? item.get("name").asString() : fallback;
    }

    private static Expectation build(ConfigNode item, Side side, String check, Level level, String what) {
        switch (check) {
            case "row_count": {
                CheckSpecs.RowCount s = ConfigBinder.bind(item, CheckSpecs.RowCount.class, what, COMMON);
                return new MetricCheck(side, name(item, "row_count"), check, null, level, "row_count", s.min(), s.max());
            }
            case "row_count_change": {
                CheckSpecs.RowCountChange s = ConfigBinder.bind(item, CheckSpecs.RowCountChange.class, what, COMMON);
                return new HistoryCheck(side, name(item, "row_count_change"), check, null, level, "row_count",
                        new AnomalyStrategy.RelativeChange(s.maxRelative()));
            }
            case "completeness": {
                CheckSpecs.Completeness s = ConfigBinder.bind(item, CheckSpecs.Completeness.class, what, COMMON);
                String c = s.column();
                return new RowCheck(side, name(item, "completeness(" + c + ")"), check, c, level, (r, out) -> {
                    if (r.get(c) == null) out.fail(r, null, "missing or null");
                    else out.pass();
                }, s.min(), "present and not null");
            }
            case "unique": {
                CheckSpecs.Unique s = ConfigBinder.bind(item, CheckSpecs.Unique.class, what, COMMON);
                return new UniqueCheck(side, name(item, "unique(" + s.column() + ")"), s.column(), level);
            }
            case "distinct_count": {
                CheckSpecs.DistinctCount s = ConfigBinder.bind(item, CheckSpecs.DistinctCount.class, what, COMMON);
                return new MetricCheck(side, name(item, "distinct_count(" + s.column() + ")"), check, s.column(), level,
                        "distinct(" + s.column() + ")", s.min(), s.max());
            }
            case "values_in": {
                CheckSpecs.ValuesIn s = ConfigBinder.bind(item, CheckSpecs.ValuesIn.class, what, COMMON);
                String c = s.column();
                Set<String> allowed = new HashSet<>();
                for (Object v : s.values()) allowed.add(key(v));
                return new RowCheck(side, name(item, "values_in(" + c + ")"), check, c, level, (r, out) -> {
                    Object v = r.get(c);
                    if (v == null) return;
                    if (allowed.contains(key(v))) out.pass();
                    else out.fail(r, v, "not in the set");
                }, s.mostly(), "in " + shortList(s.values()));
            }
            case "between": {
                CheckSpecs.Between s = ConfigBinder.bind(item, CheckSpecs.Between.class, what, COMMON);
                String c = s.column();
                double lo = s.min() == null ? Double.NEGATIVE_INFINITY : s.min();
                double hi = s.max() == null ? Double.POSITIVE_INFINITY : s.max();
                return new RowCheck(side, name(item, "between(" + c + ")"), check, c, level, (r, out) -> {
                    Object v = r.get(c);
                    if (v == null) return;
                    if (!(v instanceof Number n)) out.fail(r, v, "not a number");
                    else if (n.doubleValue() >= lo && n.doubleValue() <= hi) out.pass();
                    else out.fail(r, v, "out of range");
                }, s.mostly(), MetricCheck.range(s.min(), s.max()));
            }
            case "matches": {
                CheckSpecs.Matches s = ConfigBinder.bind(item, CheckSpecs.Matches.class, what, COMMON);
                String c = s.column();
                Pattern p = Pattern.compile(s.regex());
                return new RowCheck(side, name(item, "matches(" + c + ")"), check, c, level, (r, out) -> {
                    Object v = r.get(c);
                    if (v == null) return;
                    String text = v instanceof String str ? str : ai.refinery.core.record.Values.toDisplayString(v);
                    if (p.matcher(text).matches()) out.pass();
                    else out.fail(r, v, "does not match");
                }, s.mostly(), "matching /" + s.regex() + "/");
            }
            case "type": {
                CheckSpecs.Type s = ConfigBinder.bind(item, CheckSpecs.Type.class, what, COMMON);
                String c = s.column();
                FieldType t = s.type();
                return new RowCheck(side, name(item, "type(" + c + ")"), check, c, level, (r, out) -> {
                    Object v = r.get(c);
                    if (v == null) return;
                    if (FieldType.of(v) == t) out.pass();
                    else out.fail(r, v, "is " + FieldType.of(v).label());
                }, s.mostly(), "of type " + t.label());
            }
            case "mean": case "stddev": case "min": case "max": case "sum": {
                CheckSpecs.Statistic s = ConfigBinder.bind(item, CheckSpecs.Statistic.class, what, COMMON);
                return new MetricCheck(side, name(item, check + "(" + s.column() + ")"), check, s.column(), level,
                        check + "(" + s.column() + ")", s.between().get(0), s.between().get(1));
            }
            case "quantile": {
                CheckSpecs.Quantile s = ConfigBinder.bind(item, CheckSpecs.Quantile.class, what, COMMON);
                String metric = "quantile(" + s.column() + "," + s.q() + ")";
                return new MetricCheck(side, name(item, metric), check, s.column(), level, metric, s.between().get(0), s.between().get(1));
            }
            case "class_balance": {
                CheckSpecs.ClassBalance s = ConfigBinder.bind(item, CheckSpecs.ClassBalance.class, what, COMMON);
                return new MetricCheck(side, name(item, "class_balance(" + s.column() + ")"), check, s.column(), level,
                        "imbalance_ratio(" + s.column() + ")", null, s.maxRatio());
            }
            case "expression": {
                CheckSpecs.Expression s = ConfigBinder.bind(item, CheckSpecs.Expression.class, what, COMMON);
                ai.refinery.core.expr.Expression e = ai.refinery.core.expr.Expression.parse(s.expr());
                return new RowCheck(side, name(item, "expression(" + s.expr() + ")"), check, null, level, (r, out) -> {
                    boolean ok;
                    try {
                        ok = e.test(r);
                    } catch (RuntimeException ex) {
                        out.fail(r, null, ex.getMessage());
                        return;
                    }
                    if (ok) out.pass();
                    else out.fail(r, null, "false");
                }, s.mostly(), s.expr());
            }
            case "anomaly": {
                CheckSpecs.Anomaly s = ConfigBinder.bind(item, CheckSpecs.Anomaly.class, what, COMMON);
                AnomalyStrategy strategy = s.maxRelativeChange() != null ? new AnomalyStrategy.RelativeChange(s.maxRelativeChange())
                        : s.maxAbsoluteChange() != null ? new AnomalyStrategy.AbsoluteChange(s.maxAbsoluteChange())
                        : new AnomalyStrategy.StdDevs(s.stddevs());
                String column = ProfileMetrics.parse(s.metric()).column(); // a malformed name fails here, not mid-run
                return new HistoryCheck(side, name(item, "anomaly(" + s.metric() + ")"), check, column, level, s.metric(), strategy);
            }
            default:
                throw new IllegalStateException("check " + check + " has no builder");
        }
    }

    /** A comparison key that makes 1, 1L and 1.0 equal and leaves other values as their text. */
    static String key(Object v) {
        if (v instanceof Number n && !(v instanceof Double d && (d.isNaN() || d.isInfinite()))) {
            return "n:" + new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        return "s:" + ai.refinery.core.record.Values.toDisplayString(v);
    }

    private static String shortList(List<Object> values) {
        List<String> shown = new ArrayList<>();
        for (Object v : values.subList(0, Math.min(values.size(), 10))) shown.add(String.valueOf(v));
        return "{" + String.join(", ", shown) + (values.size() > 10 ? ", … (" + values.size() + " values)" : "") + "}";
    }

    /** Which columns each expectation needs and of what kind, for checking against a sample before the run. */
    static Map<String, String> needs(Expectation e) {
        Map<String, String> m = new LinkedHashMap<>();
        if (e.column() == null) return m;
        switch (e.check()) {
            case "between", "mean", "stddev", "min", "max", "sum", "quantile" -> m.put(e.column(), "numeric");
            default -> m.put(e.column(), "any");
        }
        return m;
    }
}
