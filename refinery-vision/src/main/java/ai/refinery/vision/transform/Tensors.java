package ai.refinery.vision.transform;

import ai.refinery.vision.image.Image;

/** Image bytes to float pixels, shared by {@code to_tensor} and {@code normalize}. */
final class Tensors {
    private Tensors() {}

    /** Order of the floats: hwc keeps the bytes' order (as the IDX source's floats), chw puts each channel's plane in turn (PyTorch). */
    enum Layout { HWC, CHW }

    /**
     * {@code (v / 255 - mean[c]) / std[c]} for every value; {@code mean} and {@code std} hold one
     * value for all channels or one per channel.
     */
    static float[] floats(Image img, double[] mean, double[] std, Layout layout) {
        int channels = img.channels();
        if ((mean.length != 1 && mean.length != channels) || (std.length != 1 && std.length != channels)) {
            throw new IllegalArgumentException("mean and std give " + mean.length + " and " + std.length
                    + " values but the image has " + channels + " channel(s); give 1 or " + channels);
        }
        int plane = img.width() * img.height();
        float[] out = new float[img.size()];
        for (int p = 0; p < plane; p++) {
            for (int c = 0; c < channels; c++) {
                double m = mean[mean.length == 1 ? 0 : c];
                double s = std[std.length == 1 ? 0 : c];
                float v = (float) ((img.at(p * channels + c) / 255.0 - m) / s);
                out[layout == Layout.HWC ? p * channels + c : c * plane + p] = v;
            }
        }
        return out;
    }

    /** {@code record} with {@code floats} in {@code output}, and without the image bytes in {@code field} when {@code dropBytes}. */
    static ai.refinery.core.record.Record write(ai.refinery.core.record.Record record, String field, String output, boolean dropBytes, float[] floats) {
        ai.refinery.core.record.Record.Builder b = record.toBuilder();
        if (dropBytes && !output.equals(field)) b.remove(field);
        return b.set(output, floats).build();
    }
}
