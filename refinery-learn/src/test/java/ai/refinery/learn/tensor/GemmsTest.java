package ai.refinery.learn.tensor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Which kernel {@link Gemms#best()} chooses, in this JVM and in JVMs started with other flags. */
class GemmsTest {
    @Test
    void withTheIncubatorModuleAndFastFmaTheVectorKernelIsBest() {
        // surefire starts this JVM with --add-modules jdk.incubator.vector
        assertThat(ModuleLayer.boot().findModule(VectorKernel.MODULE)).isPresent();
        if (VmOptions.hasFastFma() && VmOptions.hasC2()) {
            assertThat(Gemms.best().name()).startsWith("vector-").endsWith("-" + Gemms.threads() + (Gemms.threads() == 1 ? "thread" : "threads"));
            assertThat(Gemms.whyScalar()).isEmpty();
        } else {
            assertThat(Gemms.best().name()).startsWith("scalar-");
            assertThat(Gemms.whyScalar()).isPresent();
        }
    }

    @Test
    void withoutTheIncubatorModuleTheScalarKernelIsChosenSilently() throws Exception {
        Child child = runChild(List.of("-Drefinery.threads=2"));
        assertThat(child.stdout).isEqualTo("scalar-2threads");
        assertThat(child.stderr).doesNotContain("Exception").doesNotContain("incubator");
    }

    @Test
    void withTheIncubatorModuleAChildJvmChoosesAsThisOneDoes() throws Exception {
        Child child = runChild(List.of("--add-modules", VectorKernel.MODULE, "-Drefinery.threads=3"));
        String core = VectorKernel.get().map(Gemm::name).orElse("scalar");
        assertThat(child.stdout).isEqualTo(core + "-3threads");
    }

    @Test
    void theScalarKernelCanBeForced() throws Exception {
        Child child = runChild(List.of("--add-modules", VectorKernel.MODULE, "-Drefinery.threads=1", "-Drefinery.gemm=scalar"));
        assertThat(child.stdout).isEqualTo("scalar-1thread");
    }

    @Test
    void threadsComeFromThePropertyOrTheProcessors() {
        String old = System.getProperty(Gemms.THREADS_PROPERTY);
        try {
            System.setProperty(Gemms.THREADS_PROPERTY, "5");
            assertThat(Gemms.threads()).isEqualTo(5);
            System.setProperty(Gemms.THREADS_PROPERTY, "zero");
            assertThat(Gemms.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
            System.clearProperty(Gemms.THREADS_PROPERTY);
            assertThat(Gemms.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
        } finally {
            if (old == null) System.clearProperty(Gemms.THREADS_PROPERTY);
            else System.setProperty(Gemms.THREADS_PROPERTY, old);
        }
    }

    private record Child(String stdout, String stderr) {}

    /** Runs {@link PrintBestGemm} in a new JVM on this test class path, with only the given flags. */
    private static Child runChild(List<String> flags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx64m");
        command.addAll(flags);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(PrintBestGemm.class.getName());
        Path stderr = Files.createTempFile("gemm-child", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
            Child child = new Child(new String(out, StandardCharsets.UTF_8).trim(), Files.readString(stderr));
            assertThat(process.exitValue()).as("child JVM exit, stderr: %s", child.stderr).isZero();
            return child;
        } finally {
            Files.deleteIfExists(stderr);
        }
    }
}
