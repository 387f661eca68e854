package ai.refinery.core.io.idx;

/** One raw item as read: its big-endian bytes and, when a labels file is given, its label. */
record IdxItem(byte[] data, Long label) {
}
