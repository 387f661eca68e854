/**
 * Images in records, and the {@code image_folder} source.
 *
 * <p><b>How a record holds an image.</b> One field (by default {@code image}) holds the pixels as
 * {@code byte[]}: 8-bit unsigned values, row-major (top row first), channels interleaved
 * ({@code R G B R G B ...} for colour). Beside it, the long fields {@code width}, {@code height} and
 * {@code channels} (1 for grayscale, 3 for RGB) give the shape; always
 * {@code width * height * channels == bytes}.
 *
 * <p>This is the layout of refinery-core's IDX source ({@code format: idx}), which stores MNIST
 * images as {@code image} bytes with their shape in {@code rows} and {@code cols}: a record that has
 * {@code rows}/{@code cols} but no {@code width}/{@code height} is read as a 1-channel
 * {@code cols x rows} image, and when an image is written back into such a record its
 * {@code rows}/{@code cols} are kept in step, so transformed MNIST records stay readable by the
 * learn module. Float pixels for training ({@code to_tensor}, {@code normalize}) are written as a
 * {@code float[]} field, the core's float vector type, like the IDX source's {@code as: floats}.
 *
 * <p>{@link ai.refinery.vision.image.Image} is the value class operators work on.
 */
package ai.refinery.vision.image;
