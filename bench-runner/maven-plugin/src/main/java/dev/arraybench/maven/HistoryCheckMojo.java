package dev.arraybench.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code arraybench:history-check}: finds change points over commits; a recent regression fails the build. */
@Mojo(name = "history-check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class HistoryCheckMojo extends CommandLineMojo {

    /** The history: a SQLite file or a {@code jdbc:postgresql://} URL. */
    @Parameter(property = "arraybench.db", defaultValue = "${project.build.directory}/arraybench/history.db")
    private String db;

    /** The branch to check. */
    @Parameter(property = "arraybench.branch", defaultValue = "main")
    private String branch;

    @Override
    protected List<String> arguments(File outputDirectory) {
        return List.of("history", "check", "--db", db, "--branch", branch);
    }
}
