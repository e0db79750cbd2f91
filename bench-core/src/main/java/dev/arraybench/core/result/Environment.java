package dev.arraybench.core.result;

import dev.arraybench.thresholds.CpuId;
import java.util.List;
import java.util.Map;

/**
 * The machine and JVM a run measured on, so results can be judged and compared across machines.
 *
 * @param toolVersion arraybench's version
 * @param jdkVendor {@code java.vm.vendor}
 * @param jdkVersion {@code java.runtime.version}
 * @param vmName {@code java.vm.name}
 * @param jvmFlags the flags every benchmark fork ran with
 * @param os operating system name, version and architecture
 * @param cpuModel the processor's model name, {@code "unknown"} where the OS does not say
 * @param cores processors available to the JVM
 * @param caches cache sizes by level name ({@code "L1d"}, {@code "L2"}, {@code "L3"}), as the OS reports them
 * @param memoryBytes physical memory, 0 where unknown
 * @param vectorBits the Vector API's preferred vector width in bits
 * @param gitCommit the commit of the working directory, {@code null} outside a repository
 * @param started when the run started, ISO-8601 UTC
 * @param finished when the results were last written, ISO-8601 UTC
 * @param cpuId the processor's vendor, family, model number and stepping, {@code null} in files written before
 *     they were recorded
 */
public record Environment(
        String toolVersion,
        String jdkVendor,
        String jdkVersion,
        String vmName,
        List<String> jvmFlags,
        String os,
        String cpuModel,
        int cores,
        Map<String, String> caches,
        long memoryBytes,
        int vectorBits,
        String gitCommit,
        String started,
        String finished,
        CpuId cpuId) {

    /** An environment whose processor identity was not recorded (plain JMH files, tests). */
    public Environment(String toolVersion, String jdkVendor, String jdkVersion, String vmName, List<String> jvmFlags,
            String os, String cpuModel, int cores, Map<String, String> caches, long memoryBytes, int vectorBits,
            String gitCommit, String started, String finished) {
        this(toolVersion, jdkVendor, jdkVersion, vmName, jvmFlags, os, cpuModel, cores, caches, memoryBytes,
                vectorBits, gitCommit, started, finished, null);
    }

    /** A copy with a new {@code finished} time. */
    public Environment finishedAt(String time) {
        return new Environment(toolVersion, jdkVendor, jdkVersion, vmName, jvmFlags, os, cpuModel, cores, caches,
                memoryBytes, vectorBits, gitCommit, started, time, cpuId);
    }
}
