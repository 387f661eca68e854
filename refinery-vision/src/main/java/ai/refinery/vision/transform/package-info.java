/**
 * Image transforms as record mappers: {@code resize}, {@code crop}, {@code pad},
 * {@code center_of_mass}, {@code invert}, and the float conversions {@code to_tensor} and
 * {@code normalize}. Each reads the image in a field (default {@code image}, layout in
 * {@link ai.refinery.vision.image}); a record without a valid image is quarantined with a message
 * naming it.
 */
package ai.refinery.vision.transform;
