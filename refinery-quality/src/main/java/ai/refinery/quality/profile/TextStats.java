package ai.refinery.quality.profile;

/** Lengths of a column's string values, in code points (as the filter language's {@code len}). */
final class TextStats {
    private long count;
    private long minLength = Long.MAX_VALUE;
    private long maxLength;
    private long totalLength;

    void add(String s) {
        int length = s.codePointCount(0, s.length());
        count++;
        if (length < minLength) minLength = length;
        if (length > maxLength) maxLength = length;
        totalLength += length;
    }

    void absorb(TextStats next) {
        count += next.count;
        minLength = Math.min(minLength, next.minLength);
        maxLength = Math.max(maxLength, next.maxLength);
        totalLength += next.totalLength;
    }

    long count() { return count; }

    TextProfile toProfile() {
        return new TextProfile(count, minLength, maxLength, (double) totalLength / count);
    }
}
