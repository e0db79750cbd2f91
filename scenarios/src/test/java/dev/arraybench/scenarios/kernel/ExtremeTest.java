package dev.arraybench.scenarios.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arraybench.scenarios.data.DType;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Extreme}'s scalar loop (four accumulators for integers) must give the one-accumulator loop's answer bit
 * for bit, over every range of a short array (each tail length, each lane of the accumulators), on both layouts
 * and from an offset into a heap array, with the values that make float min and max subtle: NaN, -0.0 and 0.0,
 * and the infinities.
 */
class ExtremeTest {

    private static final int LENGTH = 23;
    private static final double[] SPECIAL = {Double.NaN, -0.0, 0.0, Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY};

    @ParameterizedTest(name = "min={0}")
    @ValueSource(booleans = {true, false})
    void shouldGiveTheOneAccumulatorAnswerForEveryRangeOfFloats(boolean smallest) {
        Extreme op = smallest ? new Min() : new Max();
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            double[] values = new double[LENGTH];
            for (int i = 0; i < LENGTH; i++) {
                values[i] = random.nextInt(4) == 0 ? SPECIAL[random.nextInt(SPECIAL.length)]
                        : random.nextInt(-3, 4) * 0.5;
            }
            float[] floats = new float[LENGTH];
            for (int i = 0; i < LENGTH; i++) {
                floats[i] = (float) values[i];
            }
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment nativeDoubles = arena.allocate(8L * LENGTH).copyFrom(MemorySegment.ofArray(values));
                MemorySegment nativeFloats = arena.allocate(4L * LENGTH).copyFrom(MemorySegment.ofArray(floats));
                for (int from = 0; from <= LENGTH; from++) {
                    for (int to = from; to <= LENGTH; to++) {
                        double doubles = expected(values, from, to, smallest);
                        double narrow = expected(floats, from, to, smallest);
                        for (MemorySegment x : new MemorySegment[] {MemorySegment.ofArray(values), nativeDoubles}) {
                            assertThat(op.scalar(new Operands(DType.FLOAT64, x, null, LENGTH), from, to))
                                    .as("float64 [%d, %d) of %s", from, to, java.util.Arrays.toString(values))
                                    .isEqualTo(doubles);
                        }
                        for (MemorySegment x : new MemorySegment[] {MemorySegment.ofArray(floats), nativeFloats}) {
                            assertThat(op.scalar(new Operands(DType.FLOAT32, x, null, LENGTH), from, to))
                                    .as("float32 [%d, %d) of %s", from, to, java.util.Arrays.toString(floats))
                                    .isEqualTo(narrow);
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "min={0}")
    @ValueSource(booleans = {true, false})
    void shouldGiveTheOneAccumulatorAnswerForEveryRangeOfIntegers(boolean smallest) {
        Extreme op = smallest ? new Min() : new Max();
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 50; trial++) {
            int[] ints = random.ints(LENGTH).toArray();
            long[] longs = random.longs(LENGTH).toArray();
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment nativeInts = arena.allocate(4L * LENGTH).copyFrom(MemorySegment.ofArray(ints));
                MemorySegment nativeLongs = arena.allocate(8L * LENGTH).copyFrom(MemorySegment.ofArray(longs));
                for (int from = 0; from <= LENGTH; from++) {
                    for (int to = from; to <= LENGTH; to++) {
                        long wantInt = smallest ? Integer.MAX_VALUE : Integer.MIN_VALUE;
                        long wantLong = smallest ? Long.MAX_VALUE : Long.MIN_VALUE;
                        for (int i = from; i < to; i++) {
                            wantInt = smallest ? Math.min(wantInt, ints[i]) : Math.max(wantInt, ints[i]);
                            wantLong = smallest ? Math.min(wantLong, longs[i]) : Math.max(wantLong, longs[i]);
                        }
                        for (MemorySegment x : new MemorySegment[] {MemorySegment.ofArray(ints), nativeInts}) {
                            assertThat(op.scalar(new Operands(DType.INT32, x, null, LENGTH), from, to))
                                    .isEqualTo(wantInt);
                        }
                        for (MemorySegment x : new MemorySegment[] {MemorySegment.ofArray(longs), nativeLongs}) {
                            assertThat(op.scalar(new Operands(DType.INT64, x, null, LENGTH), from, to))
                                    .isEqualTo(wantLong);
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "min={0}")
    @ValueSource(booleans = {true, false})
    void shouldStartAtTheOffsetOfASlicedHeapSegment(boolean smallest) {
        Extreme op = smallest ? new Min() : new Max();
        SplittableRandom random = new SplittableRandom(13);
        int[] ints = random.ints(LENGTH).toArray();
        long[] longs = random.longs(LENGTH).toArray();
        float[] floats = new float[LENGTH];
        double[] doubles = random.doubles(LENGTH, -1, 1).toArray();
        for (int i = 0; i < LENGTH; i++) {
            floats[i] = (float) doubles[i];
        }
        for (int offset = 1; offset <= 5; offset++) {
            int length = LENGTH - offset;
            for (int from = 0; from <= length; from++) {
                for (int to = from; to <= length; to++) {
                    long wantInt = smallest ? Integer.MAX_VALUE : Integer.MIN_VALUE;
                    long wantLong = smallest ? Long.MAX_VALUE : Long.MIN_VALUE;
                    for (int i = offset + from; i < offset + to; i++) {
                        wantInt = smallest ? Math.min(wantInt, ints[i]) : Math.max(wantInt, ints[i]);
                        wantLong = smallest ? Math.min(wantLong, longs[i]) : Math.max(wantLong, longs[i]);
                    }
                    String range = "[" + from + ", " + to + ") from offset " + offset;
                    assertThat(op.scalar(new Operands(DType.INT32,
                            MemorySegment.ofArray(ints).asSlice(4L * offset), null, length), from, to))
                            .as("int32 " + range).isEqualTo(wantInt);
                    assertThat(op.scalar(new Operands(DType.INT64,
                            MemorySegment.ofArray(longs).asSlice(8L * offset), null, length), from, to))
                            .as("int64 " + range).isEqualTo(wantLong);
                    assertThat(op.scalar(new Operands(DType.FLOAT32,
                            MemorySegment.ofArray(floats).asSlice(4L * offset), null, length), from, to))
                            .as("float32 " + range).isEqualTo(expected(floats, offset + from, offset + to, smallest));
                    assertThat(op.scalar(new Operands(DType.FLOAT64,
                            MemorySegment.ofArray(doubles).asSlice(8L * offset), null, length), from, to))
                            .as("float64 " + range).isEqualTo(expected(doubles, offset + from, offset + to, smallest));
                }
            }
        }
    }

    private static double expected(double[] values, int from, int to, boolean smallest) {
        double best = smallest ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            best = smallest ? Math.min(best, values[i]) : Math.max(best, values[i]);
        }
        return best;
    }

    private static double expected(float[] values, int from, int to, boolean smallest) {
        float best = smallest ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            best = smallest ? Math.min(best, values[i]) : Math.max(best, values[i]);
        }
        return best;
    }
}
