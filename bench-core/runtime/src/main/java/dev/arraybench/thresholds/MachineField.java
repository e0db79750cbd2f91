package dev.arraybench.thresholds;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of a {@link MachineFingerprint}, each with how much it moves a break-even: the processor's family,
 * model and caches most, the JDK least. The OS counts by name and architecture only: a kernel build string
 * ({@code 6.18.44-fc-v782} against {@code -v1272}) never makes another machine class.
 */
enum MachineField {
    CPU_VENDOR(16), CPU_FAMILY(16), CPU_MODEL_NUMBER(16), CACHES(8), CORES(8), VECTOR_BITS(8), CPU_MODEL(4),
    CPU_STEPPING(2), OS(2), JDK_VENDOR(1), JDK_VERSION(1);

    private final int weight;

    MachineField(int weight) {
        this.weight = weight;
    }

    int weight() {
        return weight;
    }

    /** The field's values in {@code machine} by name (one per cache level for {@link #CACHES}); null if unknown. */
    Map<String, String> values(MachineFingerprint machine) {
        Map<String, String> values = new LinkedHashMap<>();
        switch (this) {
            case CPU_VENDOR:
                values.put("cpuVendor", machine.cpuId().vendor());
                break;
            case CPU_FAMILY:
                values.put("cpuFamily", text(machine.cpuId().family()));
                break;
            case CPU_MODEL_NUMBER:
                values.put("cpuModelNumber", text(machine.cpuId().model()));
                break;
            case CACHES:
                machine.caches().forEach((level, size) -> values.put("cache." + level, size));
                break;
            case CORES:
                values.put("cores", machine.cores() > 0 ? Integer.toString(machine.cores()) : null);
                break;
            case VECTOR_BITS:
                values.put("vectorBits", machine.vectorBits() > 0 ? Integer.toString(machine.vectorBits()) : null);
                break;
            case CPU_MODEL:
                values.put("cpuModel", machine.cpuModel());
                break;
            case CPU_STEPPING:
                values.put("cpuStepping", text(machine.cpuId().stepping()));
                break;
            case OS:
                values.put("os", machine.osFamily());
                break;
            case JDK_VENDOR:
                values.put("jdkVendor", machine.jdkVendor());
                break;
            case JDK_VERSION:
                values.put("jdkVersion", machine.jdkVersion());
                break;
            default:
                throw new IllegalStateException("unknown field " + this);
        }
        return values;
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }
}
