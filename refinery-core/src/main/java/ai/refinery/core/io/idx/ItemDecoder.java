package ai.refinery.core.io.idx;

import ai.refinery.core.record.Record;
import java.nio.ByteBuffer;

/**
 * Turns an item's bytes into a record: rank-1 items become a scalar (long, or double for float
 * types), larger ones bytes or a scaled float vector; rank-3 items also get rows and cols.
 * Holds no file state, so it works on any thread and after the reader closed.
 */
final class ItemDecoder {
    private final IdxHeader header;
    private final IdxType type;
    private final String field;
    private final String labelField;
    private final boolean floats;
    private final double scale;

    ItemDecoder(IdxHeader header, IdxSource.Options options) {
        this.header = header;
        this.type = header.type();
        this.field = options.field();
        this.labelField = options.labelField();
        this.floats = options.as() == IdxSource.As.FLOATS;
        this.scale = options.scale() != null ? options.scale() : type == IdxType.UBYTE ? 1.0 / 255 : 1.0;
    }

    Record decode(IdxItem item, String id) {
        Record.Builder b = Record.builder(id).set(field, value(item.data()));
        if (header.rank() == 3) {
            b.set("rows", (long) header.dim(1));
            b.set("cols", (long) header.dim(2));
        }
        if (item.label() != null) b.set(labelField, item.label());
        return b.build();
    }

    private Object value(byte[] data) {
        ByteBuffer buf = ByteBuffer.wrap(data); // big-endian, as IDX is
        if (header.rank() == 1) return type.isInteger() ? (Object) type.getLong(buf, 0) : (Object) type.get(buf, 0);
        if (!floats) return data; // the unit is not shared: the record may own it
        float[] out = new float[header.itemElements()];
        if (type == IdxType.UBYTE) {
            for (int i = 0; i < out.length; i++) out[i] = (float) ((data[i] & 0xFF) * scale);
        } else {
            for (int i = 0; i < out.length; i++) out[i] = (float) (type.get(buf, i) * scale);
        }
        return out;
    }
}
