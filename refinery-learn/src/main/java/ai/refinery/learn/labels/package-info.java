/**
 * Confident learning (Northcutt, Jiang and Chuang, "Confident Learning: Estimating Uncertainty in
 * Dataset Labels", JAIR 70, 2021): finding examples whose given label is probably wrong from
 * out-of-sample predicted probabilities. Pure math on arrays:
 * {@link ai.refinery.learn.labels.LabelledPredictions} holds the input,
 * {@link ai.refinery.learn.labels.ConfidentJoint} the per-class thresholds, the confident joint and
 * its calibration (paper section 3.1), {@link ai.refinery.learn.labels.LabelIssueFinder} the pruning
 * methods (section 3.2) and {@link ai.refinery.learn.labels.LabelQualityScore} the per-example
 * scores used for ranking.
 */
package ai.refinery.learn.labels;
