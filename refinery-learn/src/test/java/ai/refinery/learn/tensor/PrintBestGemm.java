package ai.refinery.learn.tensor;

/** Prints the name of {@link Gemms#best()}; run in a child JVM to see what a JVM with given flags chooses. */
public final class PrintBestGemm {
    private PrintBestGemm() {}

    public static void main(String[] args) {
        System.out.println(Gemms.best().name());
    }
}
