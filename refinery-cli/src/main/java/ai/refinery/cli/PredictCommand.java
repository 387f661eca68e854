package ai.refinery.cli;

import ai.refinery.core.exec.InputRecords;
import ai.refinery.core.record.Record;
import ai.refinery.learn.model.ModelFile;
import ai.refinery.learn.model.Prediction;
import ai.refinery.learn.model.TrainedModel;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code refinery predict MODEL DATA}: one JSON line per record with the predicted class. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Predict the class of each record: JSON lines with id, predicted class, confidence and probabilities.")
final class PredictCommand extends ModelDataCommand implements Callable<Integer> {
    private static final int BATCH = 1024;


    @Option(names = "--output", paramLabel = "FILE", description = "Write the predictions here instead of to standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        TrainedModel m = ModelFile.read(model);
        OutputStream sink = output == null ? new NonClosing(System.out) : Files.newOutputStream(output);
        try (JsonGenerator g = new JsonFactory().createGenerator(new BufferedOutputStream(sink))) {
            g.setRootValueSeparator(null);
            List<Record> batch = new ArrayList<>(BATCH);
            InputRecords.forEach(data.resolve(), r -> {
                batch.add(r);
                if (batch.size() == BATCH) write(g, m, batch);
            });
            write(g, m, batch);
        }
        return RefineryCommand.EXIT_OK;
    }

    private static void write(JsonGenerator g, TrainedModel m, List<Record> batch) {
        try {
            for (Prediction p : m.predict(batch)) {
                g.writeStartObject();
                g.writeStringField("id", p.id());
                g.writeNumberField("predicted", p.predictedClass());
                if (p.className() != null) g.writeStringField("class", p.className());
                g.writeNumberField("confidence", p.confidence());
                g.writeArrayFieldStart("probabilities");
                for (float x : p.probabilities()) g.writeNumber(x);
                g.writeEndArray();
                g.writeEndObject();
                g.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        batch.clear();
    }

    /** Standard output stays open after the command. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
