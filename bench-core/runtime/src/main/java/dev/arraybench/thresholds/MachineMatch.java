package dev.arraybench.thresholds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a recorded machine compares with this one: the fields that differ (most telling first), the processor
 * fields this machine knows that the record lacks (a file of an older arraybench), and whether it is the same
 * machine class. A class is the hardware: processor family, model, caches, cores and vector width (and the
 * name and vendor). A JDK, stepping or OS difference warns but keeps the class; the kernel build is never
 * compared.
 *
 * @param differences the fields both know that differ
 * @param unrecorded the processor fields known here that the record lacks
 */
record MachineMatch(List<MachineFingerprint.Difference> differences, List<String> unrecorded) {

    /** The weight from which a differing field makes another machine class. */
    static final int CLASS_WEIGHT = 4;

    /** No machine at all: {@link Thresholds#sequential()}. */
    static final MachineMatch NONE = new MachineMatch(List.of(), List.of("the machine"));

    private static final List<String> IDENTITY = List.of("cpuFamily", "cpuModelNumber", "cores");

    MachineMatch {
        differences = List.copyOf(differences);
        unrecorded = List.copyOf(unrecorded);
    }

    /** The match of {@code recorded} (from a file) against {@code here}. */
    static MachineMatch of(MachineFingerprint recorded, MachineFingerprint here) {
        List<String> unrecorded = new ArrayList<>();
        for (String field : IDENTITY) {
            if (here.fields().containsKey(field) && !recorded.fields().containsKey(field)) {
                unrecorded.add(field);
            }
        }
        if (!here.caches().isEmpty() && recorded.caches().isEmpty()) {
            unrecorded.add("caches");
        }
        return new MachineMatch(recorded.differences(here), unrecorded);
    }

    /** Whether the record is this machine's class: no hardware field differs and none is unrecorded. */
    boolean sameClass() {
        return unrecorded.isEmpty() && differences.stream().allMatch(d -> d.weight() < CLASS_WEIGHT);
    }

    /**
     * The one warning to give, if any: which fields differ and whether the class is another machine's.
     *
     * @param source the file, as messages name it
     * @param label the chosen class's label in a file of several, {@code null} for a file of one machine
     */
    Optional<String> warning(String source, String label) {
        if (differences.isEmpty() && unrecorded.isEmpty()) {
            return Optional.empty();
        }
        String fields = differences.stream().map(MachineFingerprint.Difference::toString)
                .collect(Collectors.joining(", "));
        StringBuilder message = new StringBuilder("thresholds ").append(source);
        boolean hardware = differences.stream().anyMatch(d -> d.weight() >= CLASS_WEIGHT);
        if (hardware && label != null) {
            message.append(" have no machine class for this machine; falling back to the nearest, '").append(label)
                    .append("', which may not hold here: ").append(fields);
        } else if (hardware) {
            message.append(" were measured on another machine class; they may not hold here: ").append(fields);
        } else if (!differences.isEmpty()) {
            message.append(label == null ? "" : ", class '" + label + "',")
                    .append(" match this machine's processor but were measured with another JDK or OS: ")
                    .append(fields);
        } else {
            message.append(label == null ? "" : ", class '" + label + "',").append(" match what they record");
        }
        if (!unrecorded.isEmpty()) {
            message.append("; the file does not record ").append(String.join(", ", unrecorded))
                    .append(" (written by an older arraybench advise), so this machine cannot be told from the one"
                            + " measured");
        }
        return Optional.of(message.toString());
    }
}
