package ai.refinery.core.config;

/** One documented setting of a config record, as listed by {@code refinery ops}. */
public record SettingInfo(String key, String type, boolean required, String defaultValue, String description) {
    @Override
    public String toString() {
        String d = required ? "required" : defaultValue == null ? "optional" : "default " + defaultValue;
        return key + " (" + type + ", " + d + "): " + description;
    }
}
