package ai.refinery.learn.tensor;

/** A kernel that computes C in tiles: a parallel driver cuts C at multiples of these so no tile is split. */
interface Tiled {
    int rowTile();

    int colTile();
}
