package dev.arraybench.scenarios.kernel;

import dev.arraybench.scenarios.data.DType;
import java.nio.ByteOrder;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector species every SIMD kernel uses: the platform's preferred width, held in constants so the JIT
 * sees them as such.
 */
public final class Lanes {

    /** Preferred species of {@code int} lanes. */
    public static final VectorSpecies<Integer> INT = IntVector.SPECIES_PREFERRED;
    /** Preferred species of {@code long} lanes. */
    public static final VectorSpecies<Long> LONG = LongVector.SPECIES_PREFERRED;
    /** Preferred species of {@code float} lanes. */
    public static final VectorSpecies<Float> FLOAT = FloatVector.SPECIES_PREFERRED;
    /** Preferred species of {@code double} lanes. */
    public static final VectorSpecies<Double> DOUBLE = DoubleVector.SPECIES_PREFERRED;
    /**
     * {@code int} lanes at half the preferred width: as many lanes as {@link #LONG}, so one load widens
     * straight into a full-width vector of 64-bit accumulators (no lane shuffling).
     */
    public static final VectorSpecies<Integer> INT_HALF =
            VectorSpecies.of(int.class, VectorShape.forBitSize(INT.vectorBitSize() / 2));
    /** {@code float} lanes at half the preferred width: as many lanes as {@link #DOUBLE}. */
    public static final VectorSpecies<Float> FLOAT_HALF =
            VectorSpecies.of(float.class, VectorShape.forBitSize(FLOAT.vectorBitSize() / 2));
    /** Byte order of every segment access: the platform's, as native buffers use it. */
    public static final ByteOrder ORDER = ByteOrder.nativeOrder();

    private Lanes() {
    }

    /** How many elements of {@code type} one preferred vector holds. */
    public static int count(DType type) {
        return switch (type) {
            case INT32 -> INT.length();
            case INT64 -> LONG.length();
            case FLOAT32 -> FLOAT.length();
            case FLOAT64 -> DOUBLE.length();
        };
    }

    /**
     * Where the whole preferred vectors of {@code type} end in {@code [from, to)}: a SIMD kernel's vector loop
     * covers {@code [from, end)}, stepping {@link #count} elements, and its scalar tail {@code [end, to)}.
     */
    public static long end(DType type, long from, long to) {
        return from + switch (type) {
            case INT32 -> INT.loopBound(to - from);
            case INT64 -> LONG.loopBound(to - from);
            case FLOAT32 -> FLOAT.loopBound(to - from);
            case FLOAT64 -> DOUBLE.loopBound(to - from);
        };
    }

    /** The preferred vector width in bits, part of a machine's fingerprint. */
    public static int bits() {
        return INT.vectorBitSize();
    }
}
