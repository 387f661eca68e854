package ai.refinery.quality.expect;

import ai.refinery.quality.history.MetricsHistory;
import ai.refinery.quality.profile.DatasetProfile;

/**
 * What an expectation is judged on: the profile of its side and the metrics of earlier versions.
 *
 * @param history earlier versions' metrics, oldest first (empty when there is no history)
 */
public record Evidence(DatasetProfile profile, MetricsHistory history) {}
