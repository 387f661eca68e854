package ai.refinery.text.dedup.minhash;

/**
 * Disjoint sets over 0..n-1 in two {@code int[]}: union by size, and path halving (every node on a
 * find path is pointed at its grandparent), which together keep finds near constant time.
 */
public final class UnionFind {

    private final int[] parent;
    private final int[] size;

    public UnionFind(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("size must be >= 0, got " + n);
        }
        parent = new int[n];
        size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    public int size() {
        return parent.length;
    }

    /** The representative of {@code x}'s set. */
    public int find(int x) {
        int[] p = parent;
        while (p[x] != x) {
            p[x] = p[p[x]];
            x = p[x];
        }
        return x;
    }

    /** Joins the sets of {@code x} and {@code y}; false when they already were one. */
    public boolean union(int x, int y) {
        int rx = find(x);
        int ry = find(y);
        if (rx == ry) {
            return false;
        }
        if (size[rx] < size[ry] || (size[rx] == size[ry] && ry < rx)) {
            int t = rx;
            rx = ry;
            ry = t;
        }
        parent[ry] = rx;
        size[rx] += size[ry];
        return true;
    }

    /** The number of elements in {@code x}'s set. */
    public int setSize(int x) {
        return size[find(x)];
    }
}
