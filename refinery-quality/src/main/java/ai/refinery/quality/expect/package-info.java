/**
 * Expectations (quality gates) in recipes: the {@code expect:} section, checked before any data is
 * read, evaluated on the input and the output of every run with the failing rows listed, and able
 * to stop the output from being published.
 */
package ai.refinery.quality.expect;
