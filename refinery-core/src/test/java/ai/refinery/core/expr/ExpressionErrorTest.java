package ai.refinery.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.record.Record;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionErrorTest {
    private static final Record R = Record.builder("r1").set("age", 36L).set("name", "Ada")
            .set("tags", List.of("a")).set("flag", true).build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
            "age > (3 => 9 => expected ')' at column 9 of 'age > (3'",
            "age > (3 4) => 10 => expected ')' but found '4'",
            "age > => 6 => expected a value but found end of expression",
            "lenght(name) > 3 => 1 => unknown function 'lenght' (did you mean 'len'?)",
            "lowr(name) => 1 => unknown function 'lowr' (did you mean 'lower'?)",
            "frobnicate(name) => 1 => unknown function 'frobnicate'; functions are len, lower",
            "len(name, age) => 1 => len() takes 1 argument but got 2",
            "starts_with(name) => 1 => starts_with() takes 2 arguments but got 1",
            "min() => 1 => min() takes at least 1 argument but got 0",
            "1 < age < 3 => 9 => comparisons cannot be chained",
            "age = 3 => 5 => use '==' to compare",
            "age > 1 & flag => 9 => use '&&'",
            "age > 1 | flag => 9 => use '||'",
            "name == 'Ada => 9 => unterminated text starting with '",
            "`first name == 1 => 1 => unterminated field name",
            "age > 3 AND flag => 9 => unexpected 'AND' (keywords are lower case: 'and')",
            "age > 3 flag => 9 => unexpected 'flag'; join conditions with && or ||",
            "matches(name, '[a-') => 15 => invalid regular expression '[a-'",
            "exists(1) => 8 => exists() takes a field name",
            "exists(lower(name)) => 8 => exists() takes a field name",
            "name.lower() => 11 => method calls are not supported",
            "tags.(1) => 6 => expected a key name after '.'",
            "age # 2 => 5 => unexpected character '#'",
            "12abc => 3 => unexpected 'a' after a number",
            "99999999999999999999 => 1 => too large",
            "in => 1 => expected a value but found 'in'",
            "age > 3 and => 12 => expected a value but found end of expression",
            "[1, 2 => 6 => expected ']'",
            "1e => 2 => expected digits after the exponent",
    })
    void parseErrorsNameTheColumn(String expression, int column, String message) {
        assertThatThrownBy(() -> Expression.parse(expression))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining(message)
                .hasMessageContaining("at column " + column + " of '" + expression + "'")
                .satisfies(e -> assertThat(((ExpressionException) e).column()).isEqualTo(column));
    }

    @Test
    void emptyExpression() {
        assertThatThrownBy(() -> Expression.parse("  ")).isInstanceOf(ExpressionException.class)
                .hasMessageContaining("the expression is empty");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "(".repeat(500) + "1" + ")".repeat(500);
        assertThatThrownBy(() -> Expression.parse(deep)).isInstanceOf(ExpressionException.class)
                .hasMessageContaining("nests too deeply");
        String negations = "!".repeat(500) + "true";
        assertThatThrownBy(() -> Expression.parse(negations)).isInstanceOf(ExpressionException.class)
                .hasMessageContaining("nests too deeply");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
            "name < 3 => 6 => cannot compare text 'Ada' with number 3 using '<'",
            "flag > false => 6 => cannot compare boolean true with boolean false using '>'; only numbers and texts can be ordered",
            "age + name => 5 => '+' needs two numbers or two texts but got number 36 and text 'Ada'",
            "age - 'x' => 5 => '-' needs two numbers but got",
            "age / 0 => 5 => division by zero in '/'",
            "age % 0 => 5 => division by zero in '%'",
            "9223372036854775807 + age => 21 => integer overflow in '+'",
            "lower(age) => 1 => lower() needs a text but got number 36",
            "len(flag) => 1 => len() needs a text, list or map but got boolean true",
            "1 + lower(age) => 5 => lower() needs a text",
            "name in 'Ada Lovelace' => 6 => 'in' needs a list on the right",
            "age && flag => 5 => '&&' needs true/false values but got number 36",
            "!age => 1 => 'not' needs true/false values",
            "name.first => 5 => cannot read '.first' of text 'Ada'",
            "tags['x'] => 5 => list positions are whole numbers",
            "name[0] => 5 => cannot index text 'Ada'",
            "matches(name, '[' + 'a') => 1 => invalid regular expression '[a'",
            "min(1, 'a') => 1 => cannot compare text 'a' with number 1",
            "abs(name) => 1 => abs() needs a number but got text 'Ada'",
    })
    void evaluationErrorsNameTheColumn(String expression, int column, String message) {
        Expression e = Expression.parse(expression);
        assertThatThrownBy(() -> e.evaluate(R))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining(message)
                .hasMessageContaining("at column " + column + " of '" + expression + "'");
    }

    @Test
    void conditionMustBeBoolean() {
        assertThatThrownBy(() -> Expression.parse("age + 1").test(R))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("expected a condition (true or false) but it gives number 37");
    }
}
