package ai.refinery.core.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents one component of a config record: what it means and its default. A component without
 * a default and not {@link #optional()} is required. The YAML key is the component name in
 * snake_case ({@code maxLength} is written {@code max_length}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD})
public @interface Setting {
    String NO_DEFAULT = "\u0000";

    /** One sentence: what the setting does. */
    String value();

    /** The default, written as in YAML; absent means required (unless optional). */
    String defaultValue() default NO_DEFAULT;

    /** When true and absent, the component is null (or an empty list/map). */
    boolean optional() default false;
}
