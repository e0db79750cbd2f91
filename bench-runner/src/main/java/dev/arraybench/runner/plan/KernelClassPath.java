package dev.arraybench.runner.plan;

import dev.arraybench.runner.UserError;
import dev.arraybench.runner.execute.JmhExecutor;
import dev.arraybench.scenarios.kernel.Op;
import dev.arraybench.scenarios.kernel.Ops;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --classpath} option of {@code run} and {@code list}: jars (or class folders) holding a user's
 * ops, registered in their own {@code META-INF/services/dev.arraybench.scenarios.kernel.Op}. This JVM finds
 * them through a class loader over those jars; every benchmark fork gets them on its class path
 * ({@link JmhExecutor}), where the benchmarks find them by name as they find the built-in ops.
 */
public final class KernelClassPath {

    @Option(names = "--classpath", split = ",", paramLabel = "JAR",
            description = {"Jars (or class folders) with your own ops, registered in META-INF/services/"
                + "dev.arraybench.scenarios.kernel.Op; comma separated or repeated. See docs/plugins.md."})
    private List<Path> entries = List.of();

    private Ops ops;

    /** The entries as given, made absolute, in order. */
    public List<Path> entries() {
        return entries.stream().map(Path::toAbsolutePath).toList();
    }

    /**
     * The built-in ops and the ones the entries add, discovered once.
     *
     * @throws UserError when an entry is missing, registers no op, or registers one that cannot be used
     */
    public Ops ops() {
        if (ops == null) {
            ops = entries.isEmpty() ? Ops.onClassPath() : discover();
        }
        return ops;
    }

    /** Where {@code op} came from: {@code null} for a built-in op, else the file name of the jar holding it. */
    public static String source(Op op) {
        if (Ops.builtIn(op)) {
            return null;
        }
        var code = op.getClass().getProtectionDomain().getCodeSource();
        if (code == null) {
            return "class path";
        }
        String path = code.getLocation().getPath();
        return new File(path).getName();
    }

    private Ops discover() {
        List<URL> urls = new ArrayList<>();
        for (Path entry : entries) {
            if (!Files.exists(entry)) {
                throw new UserError("classpath: '" + entry + "' (no such file: expected a jar of ops)");
            }
            if (!Files.isReadable(entry)) {
                throw new UserError("classpath: '" + entry + "' cannot be read");
            }
            try {
                urls.add(entry.toAbsolutePath().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new UserError("classpath: '" + entry + "' (" + e.getMessage() + ")");
            }
        }
        Ops found;
        try {
            found = Ops.discover(new URLClassLoader(urls.toArray(URL[]::new), KernelClassPath.class.getClassLoader()));
        } catch (IllegalArgumentException e) {
            throw new UserError("classpath: '" + joined() + "': " + e.getMessage());
        }
        if (found.added().isEmpty()) {
            throw new UserError("classpath: '" + joined() + "' holds no ops (expected a META-INF/services/" + Op.class.getName()
                    + " file naming classes that implement it)");
        }
        return found;
    }

    private String joined() {
        return String.join(",", entries.stream().map(Path::toString).toList());
    }
}
