package dev.arraybench.runner;

import picocli.CommandLine.IVersionProvider;

/** The tool's version from the runnable jar's manifest ({@code dev} when run from classes). */
public final class Version implements IVersionProvider {

    /** The version string. */
    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"arraybench " + current(), "JVM: " + Runtime.version() + " ("
                + System.getProperty("java.vm.vendor") + ")"};
    }
}
