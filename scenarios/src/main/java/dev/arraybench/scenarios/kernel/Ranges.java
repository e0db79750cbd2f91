package dev.arraybench.scenarios.kernel;

/**
 * The longest range one kernel call covers, and the {@code int} count its loops run to. C2 vectorises a
 * plain loop over a {@link java.lang.foreign.MemorySegment} reliably only when the loop counter is an
 * {@code int}: a {@code long}-indexed loop over a native segment stayed scalar (about 4x slower at 64K
 * int32) once inlined into the schedule, while the same loop with an {@code int} counter ran at vector
 * speed on heap and native segments alike. So kernels count with an {@code int} from {@code from}, and
 * schedules split longer ranges into blocks of at most {@link #MAX} elements.
 */
public final class Ranges {

    /** The most elements one kernel call may cover: 2^28, so byte offsets of any dtype stay far from overflow. */
    public static final long MAX = 1L << 28;

    private Ranges() {
    }

    /**
     * The number of elements of {@code [from, to)}, as the {@code int} a kernel loop counts to.
     *
     * @throws IllegalArgumentException when the range is reversed or longer than {@link #MAX}
     */
    public static int count(long from, long to) {
        long count = to - from;
        if (count < 0 || count > MAX) {
            throw new IllegalArgumentException(
                    "range: [" + from + ", " + to + ") (expected 0.." + MAX + " elements; schedules split longer ones)");
        }
        return (int) count;
    }
}
