package dev.arraybench.thresholds;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Reads the processor's name, identity and caches with the JDK alone: {@code /proc/cpuinfo} and
 * {@code /sys/devices/system/cpu/cpu*}{@code /cache} on Linux, {@code getconf} where sysfs has no caches (some
 * VMs hide them), {@code sysctl} on macOS. What it cannot read stays unknown; it never throws.
 */
final class MachineProbe {

    private static final long COMMAND_SECONDS = 2;

    private final Path root;

    /** A probe of the files under {@code root} ({@code /} for this machine; a fixture folder in tests). */
    MachineProbe(Path root) {
        this.root = root;
    }

    /** The first CPU's fields of {@code /proc/cpuinfo}, by name; empty where there is none. */
    Map<String, String> cpuinfo() {
        Map<String, String> fields = new LinkedHashMap<>();
        try (Stream<String> lines = Files.lines(root.resolve("proc/cpuinfo"))) {
            for (String line : (Iterable<String>) lines::iterator) {
                int colon = line.indexOf(':');
                if (line.isBlank() && !fields.isEmpty()) {
                    break;
                }
                if (colon > 0) {
                    fields.putIfAbsent(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return fields;
    }

    /** The processor's model name, from {@code /proc/cpuinfo} or {@code sysctl}; {@code null} when neither says. */
    String cpuModel(Map<String, String> cpuinfo) {
        String name = cpuinfo.get("model name");
        return name != null ? name : sysctl("machdep.cpu.brand_string");
    }

    /** Vendor, family, model and stepping from {@code /proc/cpuinfo}, else {@code sysctl machdep.cpu.*}. */
    CpuId cpuId(Map<String, String> cpuinfo) {
        if (cpuinfo.containsKey("vendor_id") || cpuinfo.containsKey("cpu family")) {
            return new CpuId(cpuinfo.get("vendor_id"), integer(cpuinfo.get("cpu family")),
                    integer(cpuinfo.get("model")), integer(cpuinfo.get("stepping")));
        }
        String vendor = sysctl("machdep.cpu.vendor");
        return new CpuId(vendor, integer(sysctl("machdep.cpu.family")), integer(sysctl("machdep.cpu.model")),
                integer(sysctl("machdep.cpu.stepping")));
    }

    /**
     * Cache sizes by level ({@code L1d}, {@code L1i}, {@code L2}, {@code L3}) as {@code 48K}: from the first CPU
     * under {@code /sys/devices/system/cpu} that lists any, else from {@code getconf}, else from {@code sysctl};
     * empty when none says.
     */
    Map<String, String> caches() {
        Map<String, String> caches = sysfsCaches();
        if (caches.isEmpty()) {
            caches = getconfCaches(command("getconf", "-a"));
        }
        if (caches.isEmpty()) {
            putBytes(caches, "L1d", sysctl("hw.l1dcachesize"));
            putBytes(caches, "L1i", sysctl("hw.l1icachesize"));
            putBytes(caches, "L2", sysctl("hw.l2cachesize"));
            putBytes(caches, "L3", sysctl("hw.l3cachesize"));
        }
        return caches;
    }

    private Map<String, String> sysfsCaches() {
        Path cpus = root.resolve("sys/devices/system/cpu");
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> entries = Files.list(cpus)) {
            entries.filter(p -> p.getFileName().toString().matches("cpu[0-9]+")).sorted().forEach(folders::add);
        } catch (IOException | RuntimeException e) {
            return new LinkedHashMap<>();
        }
        for (Path cpu : folders) {
            Map<String, String> caches = new LinkedHashMap<>();
            try (Stream<Path> indexes = Files.list(cpu.resolve("cache"))) {
                indexes.filter(p -> p.getFileName().toString().startsWith("index")).sorted().forEach(index -> {
                    String level = read(index.resolve("level"));
                    String type = read(index.resolve("type"));
                    String size = read(index.resolve("size"));
                    if (level != null && type != null && size != null) {
                        caches.put("L" + level + suffix(type), size);
                    }
                });
            } catch (IOException | RuntimeException e) {
                continue;
            }
            if (!caches.isEmpty()) {
                return caches;
            }
        }
        return new LinkedHashMap<>();
    }

    private static String suffix(String type) {
        if (type.equals("Data")) {
            return "d";
        }
        return type.equals("Instruction") ? "i" : "";
    }

    /** The caches of {@code getconf -a}'s output ({@code LEVEL1_DCACHE_SIZE 49152} ...), sizes in bytes. */
    static Map<String, String> getconfCaches(String output) {
        Map<String, String> caches = new LinkedHashMap<>();
        if (output == null) {
            return caches;
        }
        Map<String, String> values = new LinkedHashMap<>();
        output.lines().map(String::trim).forEach(line -> {
            String[] parts = line.split("\\s+");
            if (parts.length == 2) {
                values.put(parts[0], parts[1]);
            }
        });
        putBytes(caches, "L1d", values.get("LEVEL1_DCACHE_SIZE"));
        putBytes(caches, "L1i", values.get("LEVEL1_ICACHE_SIZE"));
        putBytes(caches, "L2", values.get("LEVEL2_CACHE_SIZE"));
        putBytes(caches, "L3", values.get("LEVEL3_CACHE_SIZE"));
        return caches;
    }

    /** Puts {@code bytes} as sysfs writes sizes ({@code 48K}) when it is a positive number. */
    private static void putBytes(Map<String, String> caches, String level, String bytes) {
        Long value = bytes == null ? null : longValue(bytes.trim());
        if (value != null && value > 0) {
            caches.put(level, value % 1024 == 0 ? value / 1024 + "K" : Long.toString(value));
        }
    }

    private String sysctl(String name) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac")) {
            return null;
        }
        String value = command("sysctl", "-n", name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The output of a short command, {@code null} when it cannot run, fails or takes over two seconds. */
    private static String command(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            process.getOutputStream().close();
            byte[] output;
            try (InputStream in = process.getInputStream()) {
                output = in.readAllBytes();
            }
            if (!process.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            return process.exitValue() == 0 ? new String(output, StandardCharsets.UTF_8) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static Integer integer(String text) {
        Long value = text == null ? null : longValue(text.trim());
        return value == null || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? null : value.intValue();
    }

    private static Long longValue(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
