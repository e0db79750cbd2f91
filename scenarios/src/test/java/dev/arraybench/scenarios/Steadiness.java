package dev.arraybench.scenarios;

import dev.arraybench.scenarios.data.ArrayData;
import dev.arraybench.scenarios.data.DType;
import java.lang.foreign.MemorySegment;
import java.util.Optional;

/** What "steady" means for float data after many in-place calls: finite, normal or zero, within [-4, 4]. */
final class Steadiness {

    private static final double BOUND = 4;

    private Steadiness() {
    }

    /** The first element of {@code x} that is infinite, NaN, denormal or outside [-4, 4], described. */
    static Optional<String> firstUnsteady(ArrayData x) {
        MemorySegment segment = x.segment();
        double smallestNormal = x.type() == DType.FLOAT32 ? Float.MIN_NORMAL : Double.MIN_NORMAL;
        for (long i = 0; i < x.length(); i++) {
            double v = x.type().getAsDouble(segment, i);
            boolean normalOrZero = v == 0 || Math.abs(v) >= smallestNormal;
            if (!Double.isFinite(v) || !normalOrZero || Math.abs(v) > BOUND) {
                return Optional.of("element " + i + " = " + v);
            }
        }
        return Optional.empty();
    }
}
