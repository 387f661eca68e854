/**
 * Cleaning operators for tables: {@code normalize_strings}, {@code nullify}, {@code parse_dates}
 * and {@code drop_unparseable_dates}, {@code parse_numbers} and {@code drop_unparseable_numbers},
 * {@code map_values}, {@code impute}, {@code clip_outliers} and {@code drop_outliers}.
 *
 * <p>A mapper cannot drop a record, so the operators that could ("drop what does not parse", "drop
 * outliers") come as a mapper and a filter sharing their settings and logic: the filter drops with
 * a precise reason ({@code unparseable_date:<field>}, {@code outlier:<field>}), the mapper
 * quarantines, nulls or keeps. Operators that learn from the data ({@code impute},
 * {@code clip_outliers}, {@code drop_outliers}) have providers implementing
 * {@link ai.refinery.core.op.Fitting}: the fitter is a {@link ai.refinery.quality.ops.ColumnTap},
 * and the fitted config, with the learnt values, is what {@code run.json} shows.
 */
package ai.refinery.quality.ops;
