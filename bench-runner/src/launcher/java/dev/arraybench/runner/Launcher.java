package dev.arraybench.runner;

import java.lang.reflect.InvocationTargetException;

/**
 * The runnable jar's entry point, compiled for Java 8 so that any JVM can load it: on a JVM older than 17
 * it says in one line what is needed (exit 2) instead of an {@code UnsupportedClassVersionError}; otherwise it
 * hands the arguments to {@code Main}, which it names only by string so that nothing newer is linked here.
 */
public final class Launcher {

    private static final int REQUIRED = 17;
    private static final int USAGE = 2;

    private Launcher() {
    }

    /** Checks the JVM's version, then runs the command line. */
    public static void main(String[] args) throws Throwable {
        String version = System.getProperty("java.specification.version", "0");
        if (feature(version) < REQUIRED) {
            System.err.println("arraybench: needs Java " + REQUIRED + " or newer (this is Java " + version
                    + "; run and breakeven need JDK 25)");
            System.exit(USAGE);
        }
        try {
            Class.forName("dev.arraybench.runner.Main").getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The feature release of a {@code java.specification.version}: 8 for "1.8", 17 for "17". */
    static int feature(String specification) {
        String[] parts = specification.split("\\.");
        try {
            return Integer.parseInt(parts[0].equals("1") && parts.length > 1 ? parts[1] : parts[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
