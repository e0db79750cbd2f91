package dev.arraybench.scenarios.kernel;

import dev.arraybench.scenarios.data.DType;
import java.lang.foreign.MemorySegment;

/**
 * The arrays one op call works on, already checked: {@code x} is read and, for in-place ops, written;
 * {@code y} is the second input of two-input ops and {@code null} otherwise. Both hold {@code length}
 * elements of {@code type}.
 */
public record Operands(DType type, MemorySegment x, MemorySegment y, long length) {
}
