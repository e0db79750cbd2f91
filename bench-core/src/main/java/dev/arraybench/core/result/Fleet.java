package dev.arraybench.core.result;

import java.util.List;

/**
 * Results of several machines in one file ({@value #SCHEMA}): one {@value RunResults#SCHEMA} document per
 * machine fingerprint, each as a run would have written it, so every stage that reads one machine reads
 * each of them, and no figure of one machine is ever divided by a figure of another. {@code arraybench
 * merge} writes it when its files come from more than one machine.
 *
 * @param schema always {@link #SCHEMA}
 * @param machines one results document per machine, at least one, no two with the same fingerprint
 */
public record Fleet(String schema, List<RunResults> machines) {

    /** The schema of a multi-machine results file. */
    public static final String SCHEMA = "arraybench-fleet/1";

    /** Copies the list. */
    public Fleet {
        machines = List.copyOf(machines);
    }

    /** A fleet of {@code machines}. */
    public static Fleet of(List<RunResults> machines) {
        return new Fleet(SCHEMA, machines);
    }
}
