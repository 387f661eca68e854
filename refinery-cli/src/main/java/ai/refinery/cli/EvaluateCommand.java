package ai.refinery.cli;

import ai.refinery.core.exec.InputRecords;
import ai.refinery.learn.metrics.ClassificationReport;
import ai.refinery.learn.stage.ModelEvaluation;
import ai.refinery.learn.model.ModelFile;
import ai.refinery.learn.model.TrainedModel;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code refinery evaluate MODEL DATA}: scores a model file on labelled data. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score a model on labelled data: accuracy, macro F1, per class and the confusion matrix.")
final class EvaluateCommand extends ModelDataCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print the whole report as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        TrainedModel m = ModelFile.read(model);
        ModelEvaluation evaluation = new ModelEvaluation(m);
        InputRecords.forEach(data.resolve(), evaluation);
        ClassificationReport report = evaluation.report(5);
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report.toMap()));
        } else {
            out.printf("%s on %,d examples%n", model, report.samples());
            out.printf("  accuracy %.4f   macro F1 %.4f   top-%d accuracy %.4f   log loss %.4f%n",
                    report.accuracy(), report.macroF1(), report.topK(), report.topKAccuracy(), report.logLoss());
            out.printf("  %-8s %9s %9s %9s %8s%n", "class", "precision", "recall", "f1", "support");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> perClass = (List<Map<String, Object>>) report.toMap().get("per_class");
            for (Map<String, Object> c : perClass) {
                out.printf("  %-8s %9.4f %9.4f %9.4f %8s%n", c.get("label"), num(c.get("precision")), num(c.get("recall")),
                        num(c.get("f1")), c.get("support"));
            }
        }
        out.flush();
        return RefineryCommand.EXIT_OK;
    }

    private static double num(Object v) {
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
