package dev.arraybench.scenarios.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arraybench.scenarios.data.DType;
import dev.arraybench.scenarios.kernel.InPlaceOp;
import dev.arraybench.scenarios.kernel.Operands;
import dev.arraybench.scenarios.kernel.Ranges;
import dev.arraybench.scenarios.kernel.ReductionOp;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranges longer than a kernel may take reach it as consecutive blocks, without touching memory here. */
class ScheduleTest {

    private static final long LONG_RANGE = 2 * Ranges.MAX + 5;
    private static final Operands HUGE = new Operands(DType.INT32, MemorySegment.NULL, null, LONG_RANGE);

    @Test
    void shouldHandAnInPlaceKernelConsecutiveBlocksOfAtMostTheKernelLimit() {
        List<long[]> ranges = new ArrayList<>();
        Schedule.sequential(false).apply(recording(ranges), HUGE);
        assertThat(ranges).extracting(range -> range[0] + ".." + range[1]).containsExactly(
                "0.." + Ranges.MAX, Ranges.MAX + ".." + 2 * Ranges.MAX, 2 * Ranges.MAX + ".." + LONG_RANGE);
    }

    @Test
    void shouldCombineTheBlocksOfAReductionInOrder() {
        ReductionOp<String> names = new ReductionOp<>() {
            @Override
            public String scalar(Operands in, long from, long to) {
                Ranges.count(from, to);
                return "[" + from + "," + to + ")";
            }

            @Override
            public String combine(String left, String right) {
                return left + right;
            }

            @Override
            public Number finish(String whole, long length) {
                return whole.length();
            }

            @Override
            public Number reference(Operands in) {
                throw new UnsupportedOperationException("only scheduled, never checked");
            }

            @Override
            public String name() {
                return "names";
            }

            @Override
            public String description() {
                return "the ranges it saw";
            }
        };
        String expected = "[0," + Ranges.MAX + ")[" + Ranges.MAX + "," + 2 * Ranges.MAX + ")[" + 2 * Ranges.MAX
                + "," + LONG_RANGE + ")";
        assertThat(Schedule.sequential(true).reduce(names, HUGE)).isEqualTo(expected.length());
    }

    @Test
    void shouldRefuseARangeLongerThanTheKernelLimit() {
        assertThatThrownBy(() -> Ranges.count(5, 5 + Ranges.MAX + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("range: [5, " + (6 + Ranges.MAX) + ") (expected 0..");
    }

    private static InPlaceOp recording(List<long[]> ranges) {
        return new InPlaceOp() {
            @Override
            public void scalar(Operands in, long from, long to) {
                Ranges.count(from, to);
                ranges.add(new long[] {from, to});
            }

            @Override
            public long reference(DType type, long v, long w) {
                throw new UnsupportedOperationException("only scheduled, never checked");
            }

            @Override
            public double reference(DType type, double v, double w) {
                throw new UnsupportedOperationException("only scheduled, never checked");
            }

            @Override
            public String name() {
                return "recording";
            }

            @Override
            public String description() {
                return "records the ranges it is given";
            }
        };
    }
}
