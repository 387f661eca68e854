package ai.refinery.vision.hash;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Result of {@link HammingLsh#group}: for each input index the index it is grouped under (the
 * lowest index of its group, which is the one to keep), the groups of two or more, and figures on
 * how they were found.
 */
public final class HammingGroups {

    /** Two linked indices {@code a < b} and the Hamming distance of their hashes. */
    public record Pair(int a, int b, int distance) {
    }

    /** A group of two or more: {@code keep} is its lowest index, {@code members} ascend. */
    public record Group(int keep, int[] members) {
        public int size() {
            return members.length;
        }
    }

    private final int maxDistance;
    private final int[] keepIndex;
    private final int exactDuplicates;
    private final long nearPairs;
    private final long comparisons;
    private final List<Pair> examplePairs;
    private final List<Group> groups;

    HammingGroups(int maxDistance, int[] keepIndex, int exactDuplicates, long nearPairs,
            long comparisons, List<Pair> examplePairs) {
        this.maxDistance = maxDistance;
        this.keepIndex = keepIndex;
        this.exactDuplicates = exactDuplicates;
        this.nearPairs = nearPairs;
        this.comparisons = comparisons;
        this.examplePairs = List.copyOf(examplePairs);
        this.groups = buildGroups(keepIndex);
    }

    private static List<Group> buildGroups(int[] keepIndex) {
        int n = keepIndex.length;
        int[] sizes = new int[n];
        for (int k : keepIndex) {
            sizes[k]++;
        }
        int[][] members = new int[n][];
        int[] filled = new int[n];
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = keepIndex[i];
            if (sizes[k] < 2) {
                continue;
            }
            if (members[k] == null) { // k == i here: the lowest index comes first
                members[k] = new int[sizes[k]];
                groups.add(new Group(k, members[k]));
            }
            members[k][filled[k]++] = i;
        }
        return Collections.unmodifiableList(groups);
    }

    public int maxDistance() {
        return maxDistance;
    }

    public int size() {
        return keepIndex.length;
    }

    /** The index that {@code i} is grouped under: the lowest index of its group ({@code i} if alone). */
    public int keepIndexOf(int i) {
        return keepIndex[i];
    }

    /** Whether {@code i} is kept: it is the lowest index of its group, or alone. */
    public boolean isKept(int i) {
        return keepIndex[i] == i;
    }

    public int keptCount() {
        int kept = 0;
        for (int i = 0; i < keepIndex.length; i++) {
            if (keepIndex[i] == i) {
                kept++;
            }
        }
        return kept;
    }

    /** Groups of two or more, ordered by their kept (lowest) index. */
    public List<Group> groups() {
        return groups;
    }

    /** How many hashes equal an earlier one exactly. */
    public int exactDuplicates() {
        return exactDuplicates;
    }

    /** Pairs of distinct hash values within the distance. */
    public long nearPairs() {
        return nearPairs;
    }

    /** Exact comparisons made on candidates. */
    public long comparisons() {
        return comparisons;
    }

    /** Up to the requested number of linked pairs: near pairs first, then exact duplicates. */
    public List<Pair> examplePairs() {
        return examplePairs;
    }

    @Override
    public String toString() {
        int largest = 0;
        for (Group g : groups) {
            largest = Math.max(largest, g.size());
        }
        return "HammingGroups{hashes=" + keepIndex.length + ", maxDistance=" + maxDistance
                + ", kept=" + keptCount() + ", groups=" + groups.size() + ", largestGroup=" + largest
                + ", exactDuplicates=" + exactDuplicates + ", nearPairs=" + nearPairs
                + ", comparisons=" + comparisons + ", examples=" + examplePairs + "}";
    }
}
