/**
 * Text corpus curation for language-model training: extraction (HTML, mail), normalization,
 * quality rules, language identification, deduplication, token counting and decontamination, as
 * recipe operators found through {@link ai.refinery.core.op.OperatorProvider}.
 */
package ai.refinery.text;
