/**
 * Classification metrics on predicted probabilities: {@link ai.refinery.learn.metrics.ClassificationMetrics}
 * (accuracy, top-k accuracy, log loss), {@link ai.refinery.learn.metrics.ConfusionMatrix} (per-class
 * precision, recall, F1) and {@link ai.refinery.learn.metrics.ClassificationReport}, which gathers
 * them and serializes to a map for JSON reports.
 */
package ai.refinery.learn.metrics;
