package ai.refinery.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The arguments shared by commands that apply a model file to data: MODEL, then DATA or --dataset. */
abstract class ModelDataCommand {
    @Parameters(index = "0", paramLabel = "MODEL", description = "A model file written by a train stage.")
    Path model;

    @Parameters(index = "1", arity = "0..1", paramLabel = "DATA", description = "A file, directory or glob of records (or use --dataset).")
    void data(String path) {
        data.path = path;
    }

    @Mixin
    DataOptions data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
}
