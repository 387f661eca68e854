package ai.refinery.learn.tensor;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.Optional;

/**
 * HotSpot flags that say whether a kernel will be fast: {@code UseFMA} (without it Math.fma and
 * FloatVector.fma fall back to software, hundreds of times slower) and whether C2, the only JIT
 * that compiles the Vector API to vector instructions, is in use.
 */
final class VmOptions {
    private VmOptions() {}

    /** The flag's value, or empty on a JVM that has no such flag or no management module. */
    static Optional<String> get(String name) {
        try {
            HotSpotDiagnosticMXBean bean = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return bean == null ? Optional.empty() : Optional.ofNullable(bean.getVMOption(name).getValue());
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** True only if the flag is known to be true. */
    static boolean isTrue(String name) {
        return get(name).map(Boolean::parseBoolean).orElse(false);
    }

    /** Hardware fused multiply-add, used by Math.fma and FloatVector.fma. */
    static boolean hasFastFma() {
        return isTrue("UseFMA");
    }

    /** C2 compiles hot code: not a client-emulating or C1-only VM, nor a JVMCI compiler such as Graal. */
    static boolean hasC2() {
        if (System.getProperty("java.vm.info", "").contains("emulated-client")) return false;
        if (isTrue("UseJVMCICompiler")) return false;
        return get("TieredStopAtLevel").map(level -> level.equals("4")).orElse(false);
    }
}
