package dev.arraybench.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * {@code arraybench:ab}: the interleaved gate ({@code arraybench ab}) of this build's benchmarks jar against a
 * base jar, given as {@code baseJar} or built from the git ref {@code baseRef} in a worktree with the
 * project's own build. Forks run on the JDK that runs Maven.
 */
@Mojo(name = "ab", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class AbMojo extends GateMojo {

    /** The base's benchmarks jar; or set {@code baseRef}. */
    @Parameter(property = "arraybench.baseJar")
    private File baseJar;

    /** A git ref (branch, tag, commit) whose benchmarks jar is built in a worktree as the base. */
    @Parameter(property = "arraybench.baseRef")
    private String baseRef;

    /** The Maven arguments that build the base's jar in its worktree. */
    @Parameter(property = "arraybench.baseBuild", defaultValue = "package -DskipTests")
    private String baseBuild;

    /** This build's benchmarks jar (JMH's archetype names it benchmarks.jar). */
    @Parameter(property = "arraybench.headJar", defaultValue = "${project.build.directory}/benchmarks.jar")
    private File headJar;

    /** JMH benchmark regexes (default: all). */
    @Parameter(property = "arraybench.benchmarks")
    private List<String> benchmarks = new ArrayList<>();

    /** Forks per side, at least 2. */
    @Parameter(property = "arraybench.forks", defaultValue = "6")
    private int forks;

    /** Warm-up iterations per fork (default: the command's). */
    @Parameter(property = "arraybench.warmup")
    private Integer warmup;

    /** Measured iterations per fork (default: the command's). */
    @Parameter(property = "arraybench.iterations")
    private Integer iterations;

    /** Time per iteration, such as {@code 100ms} (default: the command's). */
    @Parameter(property = "arraybench.time")
    private String time;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    protected List<String> arguments(File outputDirectory) throws MojoExecutionException {
        String base;
        if (baseJar != null && baseRef != null) {
            throw new MojoExecutionException("arraybench: set baseJar or baseRef, not both");
        } else if (baseJar != null) {
            base = existing("baseJar", baseJar);
        } else if (baseRef != null) {
            base = new BaseJarBuild(project.getBasedir(), new File(outputDirectory, "base"), getLog())
                    .build(baseRef, baseBuild, project.getBasedir().toPath().relativize(headJar.toPath()), session);
        } else {
            throw new MojoExecutionException("arraybench: ab needs a base: set baseJar (-Darraybench.baseJar=FILE) "
                    + "or baseRef (-Darraybench.baseRef=GIT-REF)");
        }
        List<String> arguments = new ArrayList<>(List.of("ab", "--baseline-jar", base, "--current-jar",
                existing("headJar", headJar), "--forks", Integer.toString(forks), "--out",
                new File(outputDirectory, "ab").getPath()));
        arguments.addAll(gateOptions());
        if (warmup != null) {
            arguments.addAll(List.of("--warmup", warmup.toString()));
        }
        if (iterations != null) {
            arguments.addAll(List.of("--iterations", iterations.toString()));
        }
        if (time != null) {
            arguments.addAll(List.of("--time", time));
        }
        arguments.addAll(benchmarks);
        return arguments;
    }
}
