/**
 * A small, safe expression language over records, used by the {@code filter} operator's
 * {@code where}. It can only read the record: no reflection, no method calls on Java objects.
 *
 * <pre>
 * expr       := or
 * or         := and (('||' | 'or') and)*
 * and        := not (('&amp;&amp;' | 'and') not)*
 * not        := ('!' | 'not') not | comparison
 * comparison := additive [ ('==' | '!=' | '&lt;' | '&lt;=' | '&gt;' | '&gt;=') additive
 *                        | 'in' additive | 'not' 'in' additive ]      (not chainable)
 * additive   := multiplicative (('+' | '-') multiplicative)*
 * multiplicative := unary (('*' | '/' | '%') unary)*
 * unary      := ('-' | '!' | 'not') unary | postfix
 * postfix    := primary ('.' name | '[' expr ']')*
 * primary    := number | 'text' | "text" | true | false | null
 *             | name | `any name` | meta | function '(' [expr (',' expr)*] ')'
 *             | '(' expr ')' | '[' [expr (',' expr)*] ']'
 * </pre>
 *
 * <p>A bare name is a field ({@code age}); {@code `first name`} quotes any name; {@code meta.x}
 * reads meta entry {@code x}; {@code a.b} and {@code a['b']} read map keys, {@code a[0]} and
 * {@code a[-1]} list items. Functions: len, lower, upper, trim, contains, starts_with, ends_with,
 * matches (regex found anywhere), exists (present even if null), is_null, abs, min, max, coalesce.
 *
 * <p>Semantics: numbers compare numerically across long and double, texts by character codes;
 * {@code ==} between different kinds is false, ordering them is an error. {@code /} always gives
 * a double; integer overflow and division by zero are errors. Nulls are SQL-like: arithmetic with
 * null gives null, every comparison with null is false except {@code x == null} and
 * {@code x != null}, and {@code && || !} are three-valued.
 *
 * <p>Texts know the escapes {@code \n \t \r \\ \' \"} and backslash-u with four hex digits; any
 * other backslash is kept, so {@code '\d+'} is the regex it looks like.
 */
package ai.refinery.core.expr;
