package dev.arraybench.maven;

import dev.arraybench.runner.ExitCodes;
import dev.arraybench.runner.Main;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import picocli.CommandLine;

/**
 * A goal that runs one arraybench command in process, exactly as the command line would ({@link Main}'s
 * picocli command line with its handlers), and maps its exit code to Maven's outcomes: 1 (a regression) is a
 * {@link MojoFailureException} naming what regressed, or a warning when {@code failOnRegression} is off; 2 (bad
 * usage or input) and 3 (a failed benchmark) are a {@link MojoExecutionException} with the command's own line.
 */
public abstract class CommandLineMojo extends AbstractMojo {

    /** Skips the goal. */
    @Parameter(property = "arraybench.skip", defaultValue = "false")
    private boolean skip;

    /** Fails the build on a regression (exit 1 of the command); otherwise a regression is a warning. */
    @Parameter(property = "arraybench.failOnRegression", defaultValue = "true")
    private boolean failOnRegression;

    /** Where every goal writes: results, reports and Markdown summaries. */
    @Parameter(property = "arraybench.outputDirectory", defaultValue = "${project.build.directory}/arraybench")
    private File outputDirectory;

    /** More options appended to the command's, as on the command line (e.g. {@code --strict}). */
    @Parameter(property = "arraybench.extraArgs")
    private List<String> extraArgs = new ArrayList<>();

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("arraybench: skipped");
            return;
        }
        List<String> arguments = new ArrayList<>(arguments(outputDirectory));
        arguments.addAll(extraArgs);
        getLog().info("arraybench " + String.join(" ", arguments));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = Main.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int exit = line.execute(arguments.toArray(new String[0]));
        out.toString().lines().forEach(getLog()::info);
        err.toString().lines().forEach(getLog()::warn);
        if (exit == ExitCodes.REGRESSION) {
            String message = "arraybench " + arguments.get(0) + ": regression: " + regressed(out.toString());
            if (failOnRegression) {
                throw new MojoFailureException(message);
            }
            getLog().warn(message + " (failOnRegression is off)");
        } else if (exit != ExitCodes.OK) {
            throw new MojoExecutionException(lastLine(err.toString(), "arraybench " + arguments.get(0)
                    + " exited with " + exit));
        }
    }

    /**
     * The command and its arguments.
     *
     * @param outputDirectory where the goal writes (created by the command as needed)
     * @throws MojoExecutionException when the configuration is incomplete
     */
    protected abstract List<String> arguments(File outputDirectory) throws MojoExecutionException;

    /** The benchmarks the command's text output marks as regressed, or its outcome line. */
    static String regressed(String output) {
        List<String> names = new ArrayList<>();
        output.lines().filter(l -> l.startsWith("REGRESSION ")).forEach(l -> names.add(l.substring(10).strip()));
        return names.isEmpty() ? lastLine(output, "see the output above") : String.join(", ", names);
    }

    private static String lastLine(String text, String otherwise) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? otherwise : lines.get(lines.size() - 1);
    }

    /** {@code file}'s path, or a {@link MojoExecutionException} naming the parameter when it is not a file. */
    static String existing(String parameter, File file) throws MojoExecutionException {
        if (file == null) {
            throw new MojoExecutionException("arraybench: " + parameter + " is not set");
        }
        if (!file.isFile()) {
            throw new MojoExecutionException("arraybench: " + parameter + ": " + file + " does not exist");
        }
        return file.getPath();
    }
}
