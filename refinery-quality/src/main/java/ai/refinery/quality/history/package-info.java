/** Metrics of a dataset's versions over time and the strategies that flag a new version as anomalous. */
package ai.refinery.quality.history;
