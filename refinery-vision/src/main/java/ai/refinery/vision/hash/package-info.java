/**
 * Perceptual hashes of 8-bit grayscale images ({@link ai.refinery.vision.hash.DHash},
 * {@link ai.refinery.vision.hash.PHash}, {@link ai.refinery.vision.hash.AverageHash}) and exact
 * grouping of 64-bit hashes within a Hamming distance ({@link ai.refinery.vision.hash.HammingLsh}).
 * A library: operators that use it live elsewhere.
 */
package ai.refinery.vision.hash;
