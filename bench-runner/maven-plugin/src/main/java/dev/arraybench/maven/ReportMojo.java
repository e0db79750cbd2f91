package dev.arraybench.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code arraybench:report}: the HTML page, Markdown summary and charts of results files, into {@code report/}. */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class ReportMojo extends CommandLineMojo {

    /** The results files to report on. */
    @Parameter(property = "arraybench.results", required = true)
    private List<File> results;

    @Override
    protected List<String> arguments(File outputDirectory) throws MojoExecutionException {
        List<String> arguments = new ArrayList<>(List.of("report"));
        for (File file : results) {
            arguments.add(existing("results", file));
        }
        arguments.addAll(List.of("--out", new File(outputDirectory, "report").getPath()));
        return arguments;
    }
}
