package ai.refinery.core.io.idx;

import ai.refinery.core.io.BadRecordException;
import ai.refinery.core.io.RawBatch;
import ai.refinery.core.io.SourceReader;
import ai.refinery.core.record.Record;
import java.io.IOException;
import java.io.InputStream;

/** Cuts an IDX stream into items (one per unit, line = item index + 1), with labels streamed alongside. */
final class IdxReader implements SourceReader {
    private final String name;
    private final InputStream in;
    private final IdxHeader header;
    private final IdxLabels labels;
    private final ItemDecoder decoder;
    private int read;
    private boolean ended;

    IdxReader(String name, InputStream in, IdxHeader header, IdxLabels labels, ItemDecoder decoder) {
        this.name = name;
        this.in = in;
        this.header = header;
        this.labels = labels;
        this.decoder = decoder;
    }

    @Override
    public boolean next(RawBatch batch) throws IOException {
        if (read == header.items()) {
            if (!ended) checkEnd();
            return false;
        }
        byte[] data = new byte[header.itemBytes()];
        int n = in.readNBytes(data, 0, data.length);
        if (n < data.length) {
            throw new IOException(name + " is truncated: its header (" + header.describe() + ") announces " + header.items()
                    + " items but only " + read + " were found" + (n > 0 ? " (then " + n + " of " + data.length + " bytes)" : ""));
        }
        Long label = labels == null ? null : labels.next();
        read++;
        batch.add(new IdxItem(data, label), read);
        return true;
    }

    /** Data beyond the announced items means the header and the data disagree; say so rather than drop it. */
    private void checkEnd() throws IOException {
        ended = true;
        if (in.read() >= 0) {
            throw new IOException(name + " has more data than the " + header.items() + " items its header ("
                    + header.describe() + ") announces");
        }
        if (labels != null) labels.checkEnd();
    }

    @Override
    public Record decode(Object unit, String id) throws BadRecordException {
        return decoder.decode((IdxItem) unit, id);
    }

    @Override
    public String rawText(Object unit) {
        IdxItem item = (IdxItem) unit;
        return "IDX item of " + item.data().length + " bytes (" + header.type().label() + ")"
                + (item.label() == null ? "" : ", label " + item.label());
    }

    @Override
    public void close() throws IOException {
        try {
            in.close();
        } finally {
            if (labels != null) labels.close();
        }
    }
}
