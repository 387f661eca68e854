/**
 * Trained models and their files: a {@link ai.refinery.learn.model.TrainedModel} holds an MLP's
 * spec and weights, where its input and label live in a record
 * ({@link ai.refinery.learn.model.FeatureSpec}), its provenance and its metrics, and predicts
 * records; {@link ai.refinery.learn.model.ModelFile} stores it as a versioned, checksummed binary
 * (magic {@code RFNMODEL}, format version, family id, JSON header, float32 data, CRC-32), described
 * in {@code refinery-learn/MODEL-FORMAT.md} and guarded by golden files in the tests.
 */
package ai.refinery.learn.model;
