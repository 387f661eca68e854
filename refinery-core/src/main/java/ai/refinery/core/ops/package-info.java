/**
 * General-purpose operators: {@code select_fields}, {@code drop_fields}, {@code rename_fields},
 * {@code cast}, {@code require_fields}, {@code exact_dedup}, {@code sample} and {@code filter}.
 * Each class holds its config record and provider; providers are listed in
 * {@code META-INF/services/ai.refinery.core.op.OperatorProvider}.
 */
package ai.refinery.core.ops;
