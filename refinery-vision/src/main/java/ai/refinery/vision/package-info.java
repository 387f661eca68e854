/**
 * Image data quality: image folders and image records, transforms, seeded augmentations, and exact
 * and perceptual near-duplicates, as recipe operators found through
 * {@link ai.refinery.core.op.OperatorProvider}.
 */
package ai.refinery.vision;
