package ai.refinery.vision.transform;

/** Checks shared by the transforms' configs. */
final class Settings {
    private Settings() {}

    static String field(String field, String name) {
        if (field == null || field.isBlank()) throw new IllegalArgumentException("'" + name + "' must name a field");
        return field;
    }

    /** Sizes are bounded so a typo cannot ask for a multi-gigabyte image per record. */
    static final int MAX_SIDE = 1 << 15;

    static void size(int width, int height, String what) {
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException(what + " must be between 1 and " + MAX_SIDE + " on each side, got " + width + "x" + height);
        }
    }
}
