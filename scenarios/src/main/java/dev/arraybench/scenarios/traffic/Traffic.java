package dev.arraybench.scenarios.traffic;

/**
 * Bytes one call moves through memory per element, by phase. Reads and writes of the same cache line count
 * separately; the zeroing of a fresh array counts as a write. Only {@code copy-parallel} has non-zero
 * allocate, copy-out and copy-back phases.
 *
 * @param allocate bytes written to zero the fresh arrays
 * @param copyOut bytes read from the source and written to the fresh arrays
 * @param process bytes the kernel itself reads and writes
 * @param copyBack bytes read from the fresh array and written back to the source
 */
public record Traffic(double allocate, double copyOut, double process, double copyBack) {

    /** Every phase added up. */
    public double total() {
        return allocate + copyOut + process + copyBack;
    }
}
