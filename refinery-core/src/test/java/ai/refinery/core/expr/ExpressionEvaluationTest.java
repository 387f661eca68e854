package ai.refinery.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.core.record.Record;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionEvaluationTest {
    private static final Record R = Record.builder("r1")
            .set("age", 36L)
            .set("score", 0.5)
            .set("name", "Ada Lovelace")
            .set("lang", "en")
            .set("first name", "Ada")
            .set("nothing", null)
            .set("active", true)
            .set("tags", List.of("math", "poetry"))
            .set("address", Map.of("city", "London", "zip code", "W1"))
            .set("big", 9007199254740993L)
            .meta("source", "a.jsonl")
            .build();

    static Object eval(String expression) {
        return Expression.parse(expression).evaluate(R);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
            "1 + 2 * 3 => 7",
            "(1 + 2) * 3 => 9",
            "10 - 3 - 2 => 5",
            "-2 * 3 => -6",
            "- age => -36",
            "7 % 3 => 1",
            "7 / 2 => 3.5",
            "8 / 2 => 4.0",
            "1 + 0.5 => 1.5",
            "2 * -score => -1.0",
            "'a' + 'b' => ab",
            "1e3 => 1000.0",
            ".5 + 1 => 1.5",
    })
    void arithmetic(String expression, String expected) {
        assertThat(String.valueOf(eval(expression))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
            "true || false && false => true",
            "(true || false) && false => false",
            "!true || true => true",
            "not age == 36 => false",
            "not false and true => true",
            "!(age > 30) => false",
            "age > 30 && lang == 'en' => true",
            "age > 30 and lang == 'de' or active => true",
            "age == 36.0 => true",
            "1 == 1.0 => true",
            "score < 1 => true",
            "'abc' < 'abd' => true",
            "'b' >= 'a' => true",
            "big > 9007199254740992.0 => true",
            "big == 9007199254740992.0 => false",
            "9007199254740992.5 > 9007199254740992 => false",
            "-1 < -0.5 => true",
            "'a' == 1 => false",
            "'a' != 1 => true",
            "active == true => true",
            "tags == ['math', 'poetry'] => true",
            "lang in ['en', 'de'] => true",
            "'fr' in ['en', 'de'] => false",
            "lang not in ['en', 'de'] => false",
            "36 in [1, 36.0] => true",
            "'math' in tags => true",
            "a == a => false",
    })
    void logicAndComparisons(String expression, String expected) {
        assertThat(String.valueOf(eval(expression))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
            "missing + 1 => null",
            "nothing * 2 => null",
            "-nothing => null",
            "missing > 1 => false",
            "missing < 1 => false",
            "missing == 1 => false",
            "missing != 1 => false",
            "missing == missing => false",
            "missing == null => true",
            "null == missing => true",
            "nothing != null => false",
            "age != null => true",
            "null == null => true",
            "missing in [null, 1] => false",
            "missing not in [1] => false",
            "1 not in [null, 2] => true",
            "missing && false => false",
            "missing && true => null",
            "missing || true => true",
            "missing || false => null",
            "!missing => null",
            "lower(missing) => null",
            "len(nothing) => null",
            "coalesce(missing, nothing, 'x') => x",
            "is_null(nothing) => true",
            "is_null(age) => false",
            "min(1, missing) => null",
    })
    void nullSemantics(String expression, String expected) {
        assertThat(String.valueOf(eval(expression))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
            "`first name` => Ada",
            "meta.source => a.jsonl",
            "meta['source'] => a.jsonl",
            "meta.other => null",
            "address.city => London",
            "address['zip code'] => W1",
            "address.`zip code` => W1",
            "address.country => null",
            "tags[0] => math",
            "tags[-1] => poetry",
            "tags[5] => null",
            "missing.x => null",
            "missing[0] => null",
            "exists(nothing) => true",
            "exists(missing) => false",
            "exists(`first name`) => true",
            "exists(meta.source) => true",
            "exists(meta.other) => false",
            "exists(address.city) => true",
            "exists(address.country) => false",
            "exists(tags[1]) => true",
            "exists(tags[2]) => false",
    })
    void access(String expression, String expected) {
        assertThat(String.valueOf(eval(expression))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
            "len(name) => 12",
            "len('héllo😀') => 6",
            "len(tags) => 2",
            "len(address) => 2",
            "lower(name) => ada lovelace",
            "upper(lang) => EN",
            "trim('  a b  ') => a b",
            "contains(name, 'Love') => true",
            "contains(name, 'love') => false",
            "contains(tags, 'poetry') => true",
            "starts_with(name, 'Ada') => true",
            "ends_with(name, 'lace') => true",
            "matches(name, '^Ada\\s+L') => true",
            "matches(name, 'Lovelace$') => true",
            "matches(name, '^Lovelace') => false",
            "matches(name, '[' + 'A]') => true",
            "abs(-3) => 3",
            "abs(-2.5) => 2.5",
            "min(3, 1, 2) => 1",
            "max(1, 2.5, 2) => 2.5",
            "min(tags) => math",
            "max([4, 9, 2]) => 9",
            "min([]) => null",
            "coalesce(nothing, age) => 36",
            "coalesce(age, 1 / 0) => 36",
            "\"it's\" + 'x' => it'sx",
            "'a\\tb' == \"a\tb\" => true",
            "'\\u0041' => A",
            "'a\\q' == 'a\\\\q' => true",
            "matches('12-34', '^\\d+-\\d+$') => true",
    })
    void functionsAndLiterals(String expression, String expected) {
        assertThat(String.valueOf(eval(expression))).isEqualTo(expected);
    }

    @Test
    void keepsNumberTypes() {
        assertThat(eval("1 + 2")).isEqualTo(3L);
        assertThat(eval("1 + 2.0")).isEqualTo(3.0);
        assertThat(eval("len(name)")).isEqualTo(12L);
        assertThat(eval("[1, age]")).isEqualTo(List.of(1L, 36L));
    }

    @Test
    void testTreatsFalseAndNullAsNotTrue() {
        assertThat(Expression.parse("age > 30").test(R)).isTrue();
        assertThat(Expression.parse("age > 40").test(R)).isFalse();
        assertThat(Expression.parse("missing && true").test(R)).isFalse();
    }

    @Test
    void survivesSerializationAndIsReusable() throws Exception {
        Expression e = Expression.parse("matches(name, '^A') && age in [36, 37] && coalesce(missing, 1) == 1");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        Expression copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (Expression) in.readObject();
        }
        assertThat(copy.evaluate(R)).isEqualTo(true);
        assertThat(copy.source()).isEqualTo(e.source());
        assertThat(e.evaluate(R.with("age", 38L))).isEqualTo(false);
    }

    @Test
    void listsFunctions() {
        assertThat(Expression.functionNames()).contains("len", "lower", "upper", "trim", "contains", "starts_with",
                "ends_with", "matches", "exists", "is_null", "abs", "min", "max", "coalesce");
    }
}
