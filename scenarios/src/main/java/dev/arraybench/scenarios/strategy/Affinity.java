package dev.arraybench.scenarios.strategy;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Binds the calling thread to one CPU with Linux's {@code sched_setaffinity}, through the foreign function
 * API; elsewhere, or when native access is refused, it does nothing and says so. {@link SpinWorkers} needs
 * it: on a small Linux VM, a worker woken by the caller is placed on the caller's CPU, and once both spin
 * neither is moved again, so the "parallel" batch runs on one CPU (measured on 2 vCPUs: 145 us instead of
 * 17 us for scale over 500K int32). A worker bound to a CPU of its own stays there; the unbound caller is
 * moved off that CPU by the scheduler.
 */
final class Affinity {

    /** Bytes of the CPU mask passed to the kernel: glibc's {@code cpu_set_t}, 1024 CPUs. */
    private static final long MASK_BYTES = 128;

    private static final MethodHandle GET = function("sched_getaffinity");
    private static final MethodHandle SET = function("sched_setaffinity");

    private Affinity() {
    }

    /** The CPUs this process may run on, in increasing order; empty when the OS will not say. */
    static int[] allowedCpus() {
        if (GET == null) {
            return new int[0];
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment mask = arena.allocate(MASK_BYTES);
            if ((int) GET.invokeExact(0, MASK_BYTES, mask) != 0) {
                return new int[0];
            }
            long[] words = mask.toArray(JAVA_LONG);
            return IntStream.range(0, words.length * Long.SIZE)
                    .filter(cpu -> (words[cpu / Long.SIZE] >>> (cpu % Long.SIZE) & 1) != 0)
                    .toArray();
        } catch (Throwable unavailable) {
            return new int[0];
        }
    }

    /** Binds the calling thread to {@code cpu}; whether the OS agreed. */
    static boolean bindCurrentThread(int cpu) {
        if (SET == null || cpu < 0 || cpu >= MASK_BYTES * Byte.SIZE) {
            return false;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment mask = arena.allocate(MASK_BYTES);
            mask.setAtIndex(JAVA_LONG, cpu / Long.SIZE, 1L << (cpu % Long.SIZE));
            return (int) SET.invokeExact(0, MASK_BYTES, mask) == 0;
        } catch (Throwable refused) {
            return false;
        }
    }

    /** The CPU the {@code index}-th worker of a pool binds to: from the last allowed CPU down, wrapping. */
    static int cpuOfWorker(int[] allowed, int index) {
        return allowed.length == 0 ? -1 : allowed[allowed.length - 1 - (index - 1) % allowed.length];
    }

    // Restricted by design: every fork runs with --enable-native-access=ALL-UNNAMED (the runner's base flags).
    @SuppressWarnings("restricted")
    private static MethodHandle function(String name) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return null;
        }
        try {
            Linker linker = Linker.nativeLinker();
            return linker.defaultLookup().find(name)
                    .map(address -> linker.downcallHandle(address,
                            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS)))
                    .orElse(null);
        } catch (RuntimeException refused) {
            return null;
        }
    }
}
