package dev.arraybench.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code arraybench:compare}: gates a results file (arraybench's or plain JMH JSON) against a baseline file,
 * as {@code arraybench compare} does, writing the Markdown summary to {@code compare.md}.
 */
@Mojo(name = "compare", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CompareMojo extends GateMojo {

    /** The baseline results file. */
    @Parameter(property = "arraybench.baseline", required = true)
    private File baseline;

    /** The current results file. */
    @Parameter(property = "arraybench.current", required = true)
    private File current;

    @Override
    protected List<String> arguments(File outputDirectory) throws MojoExecutionException {
        List<String> arguments = new ArrayList<>(List.of("compare", "--baseline", existing("baseline", baseline),
                "--current", existing("current", current), "--step-summary",
                new File(outputDirectory, "compare.md").getPath()));
        arguments.addAll(gateOptions());
        outputDirectory.mkdirs();
        return arguments;
    }
}
