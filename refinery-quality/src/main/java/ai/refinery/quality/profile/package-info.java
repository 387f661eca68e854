/**
 * Dataset profiles: {@link ai.refinery.quality.profile.DatasetProfiler} computes per-column
 * statistics (Deequ's analyzers) as mergeable partial states over record batches, using DataSketches
 * HLL, KLL and frequent-items sketches; {@link ai.refinery.quality.profile.DatasetProfile} holds the
 * result, its JSON shape ({@link ai.refinery.quality.profile.ProfileJson}) and its flat metrics.
 */
package ai.refinery.quality.profile;
