package ai.refinery.vision.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes PNG and JPEG bytes with ImageIO, strictly: a reader warning (a JPEG cut short is only a
 * warning to ImageIO, which would fill the rest with gray) is an error, and the pixel count is
 * checked from the header before any pixel memory is allocated.
 */
final class ImageDecoder {
    private ImageDecoder() {}

    /**
     * @param channels 0 (keep gray gray, else RGB), 1 or 3
     * @throws IOException saying why the bytes are not a usable image (without the file name)
     */
    static Image decode(byte[] bytes, int channels, long maxPixels) throws IOException {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new IOException("not a PNG or JPEG image (no image reader recognises its " + bytes.length + " bytes)");
            ImageReader reader = readers.next();
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            try {
                reader.setInput(in, true, true);
                long w = reader.getWidth(0);
                long h = reader.getHeight(0);
                if (w < 1 || h < 1 || w * h > maxPixels) {
                    throw new IOException(reader.getFormatName() + " image of " + w + "x" + h + " pixels exceeds max_pixels (" + maxPixels + ")");
                }
                BufferedImage img = reader.read(0);
                if (!warnings.isEmpty()) throw new IOException("damaged " + reader.getFormatName() + " image: " + String.join("; ", warnings));
                return Image.fromBufferedImage(img, channels);
            } catch (javax.imageio.IIOException e) {
                throw new IOException("damaged " + reader.getFormatName() + " image: " + e.getMessage()
                        + (e.getCause() != null ? " (" + e.getCause() + ")" : ""), e);
            } catch (RuntimeException e) { // decoders throw unchecked exceptions on some corrupt data
                throw new IOException("damaged " + reader.getFormatName() + " image: " + e, e);
            } finally {
                reader.dispose();
            }
        }
    }
}
