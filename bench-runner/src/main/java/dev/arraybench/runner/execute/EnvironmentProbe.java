package dev.arraybench.runner.execute;

import dev.arraybench.core.result.Environment;
import dev.arraybench.runner.Version;
import dev.arraybench.runner.plan.ForkSizing;
import dev.arraybench.scenarios.kernel.Lanes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Reads the facts about this machine that a result needs to be judged: JDK, OS, CPU model, caches and
 * memory (from {@code /proc} and {@code /sys} on Linux; {@code "unknown"} elsewhere), and the git commit of
 * the working directory when there is one.
 */
public final class EnvironmentProbe {

    private static final String UNKNOWN = "unknown";

    private EnvironmentProbe() {
    }

    /** The environment of a run starting now whose forks use {@code jvmFlags}. */
    public static Environment probe(List<String> jvmFlags) {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        return new Environment(Version.current(), System.getProperty("java.vm.vendor"),
                System.getProperty("java.runtime.version"), System.getProperty("java.vm.name"), jvmFlags,
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                cpuModel(), Runtime.getRuntime().availableProcessors(), caches(), ForkSizing.physicalBytes(),
                Lanes.bits(), gitCommit(), now, now);
    }

    static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse(UNKNOWN);
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
    }

    static Map<String, String> caches() {
        Map<String, String> caches = new LinkedHashMap<>();
        Path root = Path.of("/sys/devices/system/cpu/cpu0/cache");
        try (Stream<Path> indexes = Files.list(root)) {
            indexes.filter(path -> path.getFileName().toString().startsWith("index")).sorted().forEach(index -> {
                String level = read(index.resolve("level"));
                String type = read(index.resolve("type"));
                String size = read(index.resolve("size"));
                if (level != null && type != null && size != null) {
                    String name = "L" + level + switch (type) {
                        case "Data" -> "d";
                        case "Instruction" -> "i";
                        default -> "";
                    };
                    caches.put(name, size);
                }
            });
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return caches;
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

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            return null;
        }
    }
}
