package dev.arraybench.runner.execute;

import dev.arraybench.core.result.Environment;
import dev.arraybench.runner.Version;
import dev.arraybench.runner.plan.ForkSizing;
import dev.arraybench.scenarios.kernel.Lanes;
import dev.arraybench.thresholds.MachineFingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads the facts about this machine that a result needs to be judged: the runtime's
 * {@link MachineFingerprint} (processor name and identity, caches, cores, OS, JDK; the vector width from the
 * Vector API), memory, and the git commit of the working directory when there is one.
 */
public final class EnvironmentProbe {

    private static final String UNKNOWN = "unknown";

    private EnvironmentProbe() {
    }

    /** The environment of a run starting now whose forks use {@code jvmFlags}. */
    public static Environment probe(List<String> jvmFlags) {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        MachineFingerprint machine = MachineFingerprint.probe(Lanes.bits());
        return new Environment(Version.current(), machine.jdkVendor(), machine.jdkVersion(),
                System.getProperty("java.vm.name"), jvmFlags, machine.os(),
                machine.cpuModel() == null ? UNKNOWN : machine.cpuModel(), machine.cores(), machine.caches(),
                ForkSizing.physicalBytes(), machine.vectorBits(), gitCommit(), now, now,
                machine.cpuId().known() ? machine.cpuId() : null);
    }

    static String gitCommit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (git.waitFor(5, TimeUnit.SECONDS) && git.exitValue() == 0 && output.matches("[0-9a-f]{40}")) {
                return output;
            }
            return null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
