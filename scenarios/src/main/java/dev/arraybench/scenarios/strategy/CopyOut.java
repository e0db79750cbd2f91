package dev.arraybench.scenarios.strategy;

import dev.arraybench.scenarios.kernel.Operands;
import java.lang.foreign.MemorySegment;

/**
 * The phases of the copy-out/process/copy-back pattern, kept apart so phase scenarios can time each one:
 * allocate fresh heap arrays (zeroed by the JVM), copy the inputs into them, process the copies, and copy
 * the first one back when the op writes. The allocation happens on every call, as in the library that
 * started this project.
 */
public final class CopyOut {

    private CopyOut() {
    }

    /** Fresh zeroed heap arrays shaped like {@code in} (one per input). */
    public static Operands allocate(Operands in) {
        int length = Math.toIntExact(in.length());
        MemorySegment x = in.type().newHeapArray(length);
        MemorySegment y = in.y() == null ? null : in.type().newHeapArray(length);
        return new Operands(in.type(), x, y, in.length());
    }

    /** Copies every input of {@code source} into the matching array of {@code copy}. */
    public static void copyOut(Operands source, Operands copy) {
        MemorySegment.copy(source.x(), 0, copy.x(), 0, bytes(source));
        if (source.y() != null) {
            MemorySegment.copy(source.y(), 0, copy.y(), 0, bytes(source));
        }
    }

    /** Copies the processed {@code x} of {@code copy} back over the {@code x} of {@code target}. */
    public static void copyBack(Operands copy, Operands target) {
        MemorySegment.copy(copy.x(), 0, target.x(), 0, bytes(copy));
    }

    private static long bytes(Operands in) {
        return in.length() * in.type().bytes();
    }
}
