package dev.arraybench.scenarios.data;

import java.lang.foreign.MemorySegment;
import java.util.SplittableRandom;

/**
 * Fills arrays with seeded pseudo-random values, so every run and every test sees the same data and the
 * JIT cannot fold it. Integers span their whole range (sums really need 64 bits); floats lie in [-1, 1),
 * where every in-place op of the suite keeps them finite and normal.
 */
public final class DataGenerator {

    private DataGenerator() {
    }

    /** Fills {@code data} from a generator seeded with {@code seed}. */
    public static void fill(ArrayData data, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        MemorySegment segment = data.segment();
        DType type = data.type();
        for (long i = 0; i < data.length(); i++) {
            switch (type) {
                case INT32, INT64 -> type.setLong(segment, i, random.nextLong());
                case FLOAT32, FLOAT64 -> type.setDouble(segment, i, random.nextDouble(-1.0, 1.0));
            }
        }
    }

    /** Allocates an array and fills it; the caller closes it. */
    public static ArrayData random(DType type, Layout layout, long length, long seed) {
        ArrayData data = ArrayData.allocate(type, layout, length);
        fill(data, seed);
        return data;
    }
}
