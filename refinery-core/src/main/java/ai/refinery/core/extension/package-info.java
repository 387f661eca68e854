/**
 * The extension point for modules that take part in every run (quality gates, profiles, reports):
 * {@link ai.refinery.core.extension.RunExtension} and its per-run {@link ai.refinery.core.extension.RunSession}.
 */
package ai.refinery.core.extension;
