package dev.arraybench.thresholds;

import java.util.List;
import java.util.Map;

/**
 * One machine class of a thresholds file: its label, the machine it was measured on and its thresholds.
 *
 * @param label the class's label; empty for a file of one machine
 * @param machine the machine, as the file records it
 * @param entries one per case and variant
 */
record MachineClass(String label, MachineFingerprint machine, List<Entry> entries) {

    MachineClass {
        entries = List.copyOf(entries);
    }

    /**
     * One threshold.
     *
     * @param kase the case's parameters by name
     * @param strategy the variant's strategy
     * @param pool its pool, empty when none
     * @param threads its threads
     * @param parallelFrom the size from which it pays, -1 when never
     */
    record Entry(Map<String, String> kase, String strategy, String pool, int threads, long parallelFrom) {

        Entry {
            kase = Map.copyOf(kase);
        }
    }
}
