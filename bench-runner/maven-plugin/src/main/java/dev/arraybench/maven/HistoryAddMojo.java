package dev.arraybench.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code arraybench:history-add}: stores results files in the history with the commit they measured. */
@Mojo(name = "history-add", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class HistoryAddMojo extends CommandLineMojo {

    /** The history: a SQLite file or a {@code jdbc:postgresql://} URL. */
    @Parameter(property = "arraybench.db", defaultValue = "${project.build.directory}/arraybench/history.db")
    private String db;

    /** The commit measured. */
    @Parameter(property = "arraybench.commit", required = true)
    private String commit;

    /** The branch measured. */
    @Parameter(property = "arraybench.branch", defaultValue = "main")
    private String branch;

    /** The results files to store. */
    @Parameter(property = "arraybench.results", required = true)
    private List<File> results;

    @Override
    protected List<String> arguments(File outputDirectory) throws MojoExecutionException {
        List<String> arguments = new ArrayList<>(List.of("history", "add", "--db", db, "--commit", commit,
                "--branch", branch));
        for (File file : results) {
            arguments.add(existing("results", file));
        }
        outputDirectory.mkdirs();
        return arguments;
    }
}
