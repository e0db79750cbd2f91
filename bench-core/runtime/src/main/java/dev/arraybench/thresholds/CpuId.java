package dev.arraybench.thresholds;

/**
 * The processor's identity as the OS reports it, beyond its marketing name: two cloud VMs that both say
 * {@code "AMD EPYC"} can be a Zen 3 (family 25) and a Zen 5 (family 26) with caches and vector units far
 * apart. Every part is {@code null} where the OS does not say (old results files, other platforms).
 *
 * @param vendor the vendor string, such as {@code AuthenticAMD} or {@code GenuineIntel} ({@code vendor_id} in
 *     {@code /proc/cpuinfo}; {@code machdep.cpu.vendor} on macOS)
 * @param family the CPU family number ({@code cpu family})
 * @param model the model number ({@code model}), not the name
 * @param stepping the stepping ({@code stepping})
 */
public record CpuId(String vendor, Integer family, Integer model, Integer stepping) {

    /** An identity the OS did not give: every part unknown. */
    public static final CpuId UNKNOWN = new CpuId(null, null, null, null);

    /**
     * Whether any part is known. (Not {@code isUnknown}: a bean-style name would be written by JSON mappers
     * as a fifth field of every results file.)
     */
    public boolean known() {
        return vendor != null || family != null || model != null || stepping != null;
    }
}
