package ai.refinery.vision.dedup;

import ai.refinery.vision.image.Image;

/** An image's 8-bit gray levels, as the perceptual hashes read them (RGB weighted as ITU-R BT.601). */
final class GrayPixels {
    private GrayPixels() {}

    static byte[] of(Image image) {
        if (image.channels() == 1) return image.pixels();
        byte[] gray = new byte[image.width() * image.height()];
        for (int i = 0, p = 0; i < gray.length; i++, p += 3) {
            double y = 0.299 * image.at(p) + 0.587 * image.at(p + 1) + 0.114 * image.at(p + 2);
            gray[i] = (byte) Math.min(255, (int) Math.round(y));
        }
        return gray;
    }
}
