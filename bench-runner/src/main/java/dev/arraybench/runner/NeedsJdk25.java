package dev.arraybench.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * Stands in for a command that measures or lists the built-in kernels ({@code run}, {@code breakeven},
 * {@code list}) when the JVM is older than 25: the kernels are Java 25 class files and use
 * the Vector API, so the command says so in one line (exit 2) instead of failing to load them.
 */
@Command(description = "Needs JDK " + NeedsJdk25.FEATURE + " (the built-in kernels are Java "
        + NeedsJdk25.FEATURE + " class files); this JVM is older.")
public final class NeedsJdk25 implements Callable<Integer> {

    /** The Java feature release the built-in kernels are compiled for. */
    public static final int FEATURE = 25;

    private final String name;

    @Unmatched
    private List<String> ignored = new ArrayList<>();

    NeedsJdk25(String name) {
        this.name = name;
    }

    /** Whether this JVM can load the built-in kernels. */
    public static boolean satisfied() {
        return Runtime.version().feature() >= FEATURE;
    }

    @Override
    public Integer call() {
        throw new UserError(name + " needs JDK " + FEATURE + " (this is Java " + Runtime.version().feature()
                + "): start arraybench with a JDK " + FEATURE + "; report, advise, compare, ab, calibrate, merge,"
                + " history and validate --from-results run on JDK 17+");
    }
}
