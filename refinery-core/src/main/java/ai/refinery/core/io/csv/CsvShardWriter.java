package ai.refinery.core.io.csv;

import ai.refinery.core.io.ShardWriter;
import ai.refinery.core.record.Record;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one CSV shard. The columns are the configured ones, or else the fields of the shard's
 * first record; in the latter case a later record with another field fails the shard, because
 * leaving that field out would drop data without anyone having asked for it.
 */
final class CsvShardWriter implements ShardWriter {
    private final CSVPrinter printer;
    private final boolean header;
    /** True when the columns were chosen in the options: other fields are left out on purpose. */
    private final boolean projection;
    private List<String> columns;
    private Map<String, Integer> index;
    private boolean headerWritten;

    CsvShardWriter(OutputStream out, CSVFormat format, CsvSink.Options options) throws IOException {
        this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), format);
        this.header = options.header();
        this.projection = !options.columns().isEmpty();
        if (projection) useColumns(options.columns());
    }

    @Override
    public void write(Object encoded) throws IOException {
        @SuppressWarnings("unchecked")
        List<Record> batch = (List<Record>) encoded;
        for (Record r : batch) write(r);
    }

    private void write(Record r) throws IOException {
        if (columns == null) useColumns(r.fieldNames());
        writeHeaderOnce();
        String[] row = new String[columns.size()];
        for (int i = 0; i < r.fieldCount(); i++) {
            Integer at = index.get(r.fieldName(i));
            if (at != null) {
                row[at] = CellFormatter.format(r.fieldValue(i));
            } else if (!projection) {
                throw new IOException("record " + r.id() + " has field '" + r.fieldName(i)
                        + "', which is not among this shard's columns " + columns
                        + " (taken from its first record); list the columns to write in the csv output option 'columns'");
            }
        }
        printer.printRecord((Object[]) row);
    }

    private void useColumns(List<String> names) {
        columns = List.copyOf(names);
        index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) index.put(columns.get(i), i);
    }

    private void writeHeaderOnce() throws IOException {
        if (header && !headerWritten) {
            printer.printRecord(columns);
            headerWritten = true;
        }
    }

    @Override
    public void close() throws IOException {
        // A shard with configured columns but no records still gets its header: it is a valid empty table.
        if (columns != null) writeHeaderOnce();
        printer.close(true);
    }
}
