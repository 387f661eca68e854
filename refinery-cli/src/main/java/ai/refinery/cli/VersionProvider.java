package ai.refinery.cli;

import picocli.CommandLine;

/** The version from the jar manifest (set by Maven), with the Java runtime it runs on. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = RefineryCommand.class.getPackage().getImplementationVersion();
        return new String[] {"refinery " + (v == null ? "development build" : v),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
