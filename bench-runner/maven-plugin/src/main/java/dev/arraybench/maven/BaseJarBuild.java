package dev.arraybench.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * Builds the base's benchmarks jar of {@code ab}: checks the git ref out into a detached worktree (removed
 * afterwards, the jar copied out first), runs the project's own build there (its {@code mvnw} when it has one,
 * else the Maven running this build, with the same local repository and settings, the arraybench goals
 * skipped), and takes the jar at the same path as this build's.
 */
final class BaseJarBuild {

    private final File repository;
    private final File folder;
    private final Log log;

    BaseJarBuild(File repository, File folder, Log log) {
        this.repository = repository;
        this.folder = folder;
        this.log = log;
    }

    /** The path of the base's jar, built from {@code ref}; {@code jar} is the jar's path in the project. */
    String build(String ref, String mavenArguments, Path jar, MavenSession session) throws MojoExecutionException {
        File worktree = new File(folder, "worktree");
        File built = new File(folder, "base-" + ref.replaceAll("[^A-Za-z0-9._-]", "_") + ".jar");
        run(List.of("git", "worktree", "remove", "--force", worktree.getPath()), repository, true);
        run(List.of("git", "worktree", "add", "--detach", worktree.getPath(), ref), repository, false);
        try {
            List<String> command = new ArrayList<>();
            File wrapper = new File(worktree, "mvnw");
            command.add(wrapper.canExecute() ? wrapper.getPath()
                    : Path.of(System.getProperty("maven.home"), "bin", "mvn").toString());
            command.addAll(List.of("-B", "-q", "-Darraybench.skip=true",
                    "-Dmaven.repo.local=" + session.getLocalRepository().getBasedir()));
            File settings = session.getRequest().getUserSettingsFile();
            if (settings != null && settings.isFile()) {
                command.addAll(List.of("-s", settings.getPath()));
            }
            if (session.isOffline()) {
                command.add("-o");
            }
            command.addAll(Arrays.asList(mavenArguments.strip().split("\\s+")));
            log.info("arraybench: building the base (" + ref + ") in " + worktree + ": " + String.join(" ", command));
            run(command, worktree, false);
            File jarFile = worktree.toPath().resolve(jar).toFile();
            if (!jarFile.isFile()) {
                throw new MojoExecutionException("arraybench: the build of " + ref + " wrote no " + jar);
            }
            Files.copy(jarFile.toPath(), built.toPath(), StandardCopyOption.REPLACE_EXISTING);
            return built.getPath();
        } catch (IOException e) {
            throw new MojoExecutionException("arraybench: cannot copy the base's jar: " + e.getMessage(), e);
        } finally {
            run(List.of("git", "worktree", "remove", "--force", worktree.getPath()), repository, true);
        }
    }

    private void run(List<String> command, File directory, boolean mayFail) throws MojoExecutionException {
        try {
            File output = new File(folder, "base-build.log");
            folder.mkdirs();
            Process process = new ProcessBuilder(command).directory(directory).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output)).start();
            int exit = process.waitFor();
            if (exit != 0 && !mayFail) {
                throw new MojoExecutionException("arraybench: " + String.join(" ", command) + " exited with " + exit
                        + " (see " + output + ")");
            }
        } catch (IOException e) {
            throw new MojoExecutionException("arraybench: cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("arraybench: interrupted while running " + command.get(0), e);
        }
    }
}
