package ai.refinery.core.expr;

import ai.refinery.core.config.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The built-in functions. They are pure and get already evaluated arguments; nulls give null
 * unless said otherwise. {@code exists} and {@code coalesce} need the unevaluated arguments and
 * have their own nodes ({@link Exists}, {@link Coalesce}).
 */
enum Function {
    LEN("len", 1, 1, "length of a text (in characters) or size of a list or map") {
        @Override
        Object apply(Object[] a) {
            Object v = a[0];
            if (v == null) return null;
            if (v instanceof String s) return (long) s.codePointCount(0, s.length());
            if (v instanceof List<?> l) return (long) l.size();
            if (v instanceof Map<?, ?> m) return (long) m.size();
            if (v instanceof byte[] b) return (long) b.length;
            if (v instanceof float[] f) return (long) f.length;
            throw wrongArgument(v, "a text, list or map");
        }
    },
    LOWER("lower", 1, 1, "the text in lower case") {
        @Override
        Object apply(Object[] a) {
            return a[0] == null ? null : text(a[0]).toLowerCase(Locale.ROOT);
        }
    },
    UPPER("upper", 1, 1, "the text in upper case") {
        @Override
        Object apply(Object[] a) {
            return a[0] == null ? null : text(a[0]).toUpperCase(Locale.ROOT);
        }
    },
    TRIM("trim", 1, 1, "the text without leading and trailing whitespace") {
        @Override
        Object apply(Object[] a) {
            return a[0] == null ? null : text(a[0]).strip();
        }
    },
    CONTAINS("contains", 2, 2, "whether a text contains a text, or a list contains a value") {
        @Override
        Object apply(Object[] a) {
            if (a[0] == null || a[1] == null) return null;
            if (a[0] instanceof List<?> list) {
                for (Object item : list) if (item != null && Comparisons.equal(item, a[1])) return true;
                return false;
            }
            return text(a[0]).contains(text(a[1]));
        }
    },
    STARTS_WITH("starts_with", 2, 2, "whether a text starts with a prefix") {
        @Override
        Object apply(Object[] a) {
            return a[0] == null || a[1] == null ? null : text(a[0]).startsWith(text(a[1]));
        }
    },
    ENDS_WITH("ends_with", 2, 2, "whether a text ends with a suffix") {
        @Override
        Object apply(Object[] a) {
            return a[0] == null || a[1] == null ? null : text(a[0]).endsWith(text(a[1]));
        }
    },
    MATCHES("matches", 2, 2, "whether a regular expression matches somewhere in a text (anchor with ^ and $)") {
        @Override
        Object apply(Object[] a) {
            if (a[0] == null || a[1] == null) return null;
            return find(compile(text(a[1])), text(a[0]));
        }
    },
    EXISTS("exists", 1, 1, "whether a field (or meta entry, map key) is present, even if null") {
        @Override
        Object apply(Object[] a) {
            throw new IllegalStateException("exists() is evaluated by its own node");
        }
    },
    IS_NULL("is_null", 1, 1, "whether the value is null or absent") {
        @Override
        Object apply(Object[] a) {
            return a[0] == null;
        }
    },
    ABS("abs", 1, 1, "the absolute value of a number") {
        @Override
        Object apply(Object[] a) {
            Object v = a[0];
            if (v == null) return null;
            if (v instanceof Long l) {
                if (l == Long.MIN_VALUE) throw new EvalException("integer overflow in abs()");
                return Math.abs(l);
            }
            if (v instanceof Double d) return Math.abs(d);
            throw wrongArgument(v, "a number");
        }
    },
    MIN("min", 1, -1, "the smallest of the arguments (or of the items of one list argument); null if any is null") {
        @Override
        Object apply(Object[] a) {
            return extreme(a, -1);
        }
    },
    MAX("max", 1, -1, "the largest of the arguments (or of the items of one list argument); null if any is null") {
        @Override
        Object apply(Object[] a) {
            return extreme(a, 1);
        }
    },
    COALESCE("coalesce", 1, -1, "the first argument that is not null") {
        @Override
        Object apply(Object[] a) {
            for (Object v : a) if (v != null) return v;
            return null;
        }
    };

    private static final Map<String, Function> BY_NAME = new LinkedHashMap<>();
    /** Names other languages use, so that a near miss of those still finds our function. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("length", "len"), Map.entry("size", "len"), Map.entry("strlen", "len"), Map.entry("count", "len"),
            Map.entry("lowercase", "lower"), Map.entry("tolower", "lower"), Map.entry("uppercase", "upper"),
            Map.entry("toupper", "upper"), Map.entry("strip", "trim"), Map.entry("startswith", "starts_with"),
            Map.entry("endswith", "ends_with"), Map.entry("regex", "matches"), Map.entry("rlike", "matches"),
            Map.entry("like", "matches"), Map.entry("isnull", "is_null"), Map.entry("ifnull", "coalesce"),
            Map.entry("nvl", "coalesce"), Map.entry("has", "exists"), Map.entry("includes", "contains"),
            Map.entry("least", "min"), Map.entry("greatest", "max"));

    static {
        for (Function f : values()) BY_NAME.put(f.label, f);
    }

    final String label;
    final int minArgs;
    /** -1 for any number. */
    final int maxArgs;
    final String description;

    Function(String label, int minArgs, int maxArgs, String description) {
        this.label = label;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
        this.description = description;
    }

    abstract Object apply(Object[] args);

    static Function byName(String name) {
        return BY_NAME.get(name);
    }

    /** The function {@code wrong} probably means, or null. */
    static String suggest(String wrong) {
        String direct = Suggestions.closest(wrong, BY_NAME.keySet());
        if (direct != null) return direct;
        String alias = Suggestions.closest(wrong, ALIASES.keySet());
        return alias == null ? null : ALIASES.get(alias);
    }

    static List<String> names() {
        return new ArrayList<>(BY_NAME.keySet());
    }

    /** "takes 2 arguments", for arity errors. */
    String arity() {
        if (maxArgs < 0) return "takes at least " + minArgs + " argument" + (minArgs == 1 ? "" : "s");
        if (minArgs == maxArgs) return "takes " + minArgs + " argument" + (minArgs == 1 ? "" : "s");
        return "takes " + minArgs + " to " + maxArgs + " arguments";
    }

    static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new EvalException("invalid regular expression '" + regex + "': " + e.getDescription());
        }
    }

    static boolean find(Pattern pattern, String s) {
        return pattern.matcher(s).find();
    }

    String text(Object v) {
        if (v instanceof String s) return s;
        throw wrongArgument(v, "a text");
    }

    EvalException wrongArgument(Object v, String expected) {
        return new EvalException(label + "() needs " + expected + " but got " + Describe.value(v));
    }

    Object extreme(Object[] args, int sign) {
        Object[] values = args;
        if (args.length == 1 && args[0] instanceof List<?> list) values = list.toArray();
        if (values.length == 0) return null;
        Object best = null;
        for (Object v : values) {
            if (v == null) return null;
            if (!(v instanceof Number) && !(v instanceof String)) throw wrongArgument(v, "numbers or texts");
            if (best == null) {
                best = v;
                continue;
            }
            int c = Comparisons.order(v, best, label + "()");
            if (c == Comparisons.UNORDERED) return Double.NaN;
            if (c * sign > 0) best = v;
        }
        return best;
    }
}
