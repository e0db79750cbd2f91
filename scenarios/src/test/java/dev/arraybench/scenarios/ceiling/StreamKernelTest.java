package dev.arraybench.scenarios.ceiling;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StreamKernelTest {

    private static final int LENGTH = 1003;

    @ParameterizedTest
    @CsvSource({
        "COPY, 0, 1003",
        "COPY, 5, 998",
        "SCALE, 0, 1003",
        "SCALE, 17, 64",
        "TRIAD, 0, 1003",
        "TRIAD, 3, 1000",
        "TRIAD, 7, 7",
    })
    void shouldComputeWhatThePlainLoopComputesInsideTheRangeAndNothingOutside(StreamKernel kernel, long from,
            long to) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment[] actual = randomArrays(arena, 1);
            MemorySegment[] expected = randomArrays(arena, 1);
            kernel.run(actual[0], actual[1], actual[2], from, to);
            plain(kernel, expected[0], expected[1], expected[2], from, to);
            for (int array = 0; array < 3; array++) {
                assertThat(actual[array].mismatch(expected[array]))
                        .as("first differing byte of array %s after %s", "abc".charAt(array), kernel)
                        .isEqualTo(-1);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"COPY, 24", "SCALE, 24", "TRIAD, 32"})
    void shouldCountTheWriteAllocateReadOfTheDestination(StreamKernel kernel, int bytes) {
        assertThat(kernel.bytesPerElement()).isEqualTo(bytes);
    }

    @ParameterizedTest
    @CsvSource({
        // 1M elements of copy (24 MB) in 1 ms is 24 GB/s.
        "COPY, 1000000, 1000000, 24.0",
        // 64Mi elements of triad (2,147,483,648 bytes) in 0.2 s is 10.74 GB/s.
        "TRIAD, 67108864, 200000000, 10.73741824",
        "SCALE, 0, 5, 0.0",
    })
    void shouldTurnElementsAndNanosecondsIntoDecimalGigabytesPerSecond(StreamKernel kernel, long elements,
            double nanos, double expected) {
        assertThat(kernel.gbPerSecond(elements, nanos)).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest
    @EnumSource(StreamKernel.class)
    void shouldRefuseATimeThatIsNotPositive(StreamKernel kernel) {
        assertThatThrownBy(() -> kernel.gbPerSecond(10, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nanosPerOp: 0.0 (expected a finite number > 0)");
        assertThatThrownBy(() -> kernel.gbPerSecond(-1, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("elements: -1 (expected >= 0)");
    }

    private static MemorySegment[] randomArrays(Arena arena, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        MemorySegment[] arrays = new MemorySegment[3];
        for (int array = 0; array < 3; array++) {
            arrays[array] = arena.allocate(LENGTH * (long) Double.BYTES, 64);
            for (long i = 0; i < LENGTH; i++) {
                arrays[array].setAtIndex(JAVA_DOUBLE, i, random.nextDouble(-1, 1));
            }
        }
        return arrays;
    }

    private static void plain(StreamKernel kernel, MemorySegment a, MemorySegment b, MemorySegment c, long from,
            long to) {
        double q = StreamKernel.Q;
        for (long i = from; i < to; i++) {
            switch (kernel) {
                case COPY -> c.setAtIndex(JAVA_DOUBLE, i, a.getAtIndex(JAVA_DOUBLE, i));
                case SCALE -> b.setAtIndex(JAVA_DOUBLE, i, q * c.getAtIndex(JAVA_DOUBLE, i));
                case TRIAD -> a.setAtIndex(JAVA_DOUBLE, i,
                        b.getAtIndex(JAVA_DOUBLE, i) + q * c.getAtIndex(JAVA_DOUBLE, i));
            }
        }
    }
}
