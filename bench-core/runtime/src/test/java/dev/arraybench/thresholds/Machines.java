package dev.arraybench.thresholds;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two 2-vCPU cloud VMs of issue 19 that both report {@code "AMD EPYC"}: the Zen 5 this project's build
 * machine is (family 26, model 2, stepping 1 in its /proc/cpuinfo; L1d 48K and L2 1M from getconf, L3 as
 * getconf reports it there) and the older EPYC that measured docs/results/breakeven.json (its recorded
 * caches, 256-bit vectors; its family and model were never recorded: 25/1, a Zen 3, is what those caches
 * suggest and is only a fixture here). Same name, same cores, same JDK, kernel builds that differ.
 */
final class Machines {

    static final MachineFingerprint ZEN5 = new MachineFingerprint("AMD EPYC", new CpuId("AuthenticAMD", 26, 2, 1),
            2, caches("48K", "32K", "1024K", "520192K"), 512, "Linux 6.18.44-fc-v1272 amd64", "Eclipse Adoptium",
            "25.0.3+9-LTS");

    static final MachineFingerprint OLDER_EPYC = new MachineFingerprint("AMD EPYC",
            new CpuId("AuthenticAMD", 25, 1, 1), 2, caches("32K", "32K", "512K", "32768K"), 256,
            "Linux 6.18.44-fc-v782 amd64", "Eclipse Adoptium", "25.0.3+9-LTS");

    private Machines() {
    }

    static Map<String, String> caches(String l1d, String l1i, String l2, String l3) {
        Map<String, String> caches = new LinkedHashMap<>();
        caches.put("L1d", l1d);
        caches.put("L1i", l1i);
        caches.put("L2", l2);
        caches.put("L3", l3);
        return caches;
    }

    /** {@code machine} with another kernel build, as the same VM type reports after a host update. */
    static MachineFingerprint withKernel(MachineFingerprint machine, String os) {
        return new MachineFingerprint(machine.cpuModel(), machine.cpuId(), machine.cores(), machine.caches(),
                machine.vectorBits(), os, machine.jdkVendor(), machine.jdkVersion());
    }

    /** {@code machine} as a file written before the processor's identity and caches were recorded. */
    static MachineFingerprint asOldFile(MachineFingerprint machine) {
        return new MachineFingerprint(machine.cpuModel(), null, machine.cores(), null, machine.vectorBits(),
                machine.os(), machine.jdkVendor(), machine.jdkVersion());
    }

    /**
     * A thresholds file as {@code arraybench advise} writes it: one class when one machine is given, else a
     * file of several; each class with one threshold, sum int32 native on the spin pool from {@code from}.
     */
    static String file(MachineFingerprint[] machines, long[] from) {
        StringBuilder text = new StringBuilder();
        boolean fleet = machines.length > 1;
        text.append("schema=").append(fleet ? Thresholds.FLEET_SCHEMA : Thresholds.SCHEMA).append('\n');
        if (fleet) {
            text.append("classes=").append(machines.length).append('\n');
        }
        for (int k = 0; k < machines.length; k++) {
            String prefix = fleet ? "class." + k + "." : "";
            if (fleet) {
                text.append(prefix).append("label=").append(label(machines[k])).append('\n');
            }
            for (Map.Entry<String, String> field : machines[k].fields().entrySet()) {
                text.append(prefix).append("machine.").append(field.getKey()).append('=').append(field.getValue())
                        .append('\n');
            }
            String t = prefix + "threshold.0.";
            text.append(t).append("case.op=sum\n").append(t).append("case.dtype=int32\n").append(t)
                    .append("case.layout=native\n").append(t).append("strategy=zero-copy-parallel\n").append(t)
                    .append("pool=spin\n").append(t).append("threads=2\n").append(t).append("parallelFrom=")
                    .append(from[k]).append('\n').append(prefix).append("thresholds=1\n");
        }
        return text.toString();
    }

    static String label(MachineFingerprint machine) {
        return machine.cpuModel() + " family " + machine.cpuId().family() + " model " + machine.cpuId().model();
    }
}
