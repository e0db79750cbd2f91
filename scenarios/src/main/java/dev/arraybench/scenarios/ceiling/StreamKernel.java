package dev.arraybench.scenarios.ceiling;

import static dev.arraybench.scenarios.kernel.Lanes.ORDER;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;

import dev.arraybench.scenarios.kernel.Lanes;
import java.lang.foreign.MemorySegment;
import jdk.incubator.vector.DoubleVector;

/**
 * The STREAM kernels (McCalpin) over three arrays of {@code double}, as range loops that a ceiling scenario
 * lays out over threads like any other kernel. They use the Vector API so that the loop, not the core, is
 * never what limits them: over arrays far larger than the last-level cache they measure the memory
 * bandwidth every other result is read against. Bytes per element count what really crosses the memory bus:
 * each array read or written once, plus the write-allocate read of the destination (the stores are plain,
 * not non-temporal, so each destination line is read before it is written). STREAM itself leaves that
 * read out; counting it makes the ceiling comparable with the in-place kernels, whose stores hit lines
 * they have just read and so move exactly the bytes the traffic model counts.
 */
public enum StreamKernel {

    /** {@code c[i] = a[i]}: one read, one write and the write-allocate read. */
    COPY(3 * Double.BYTES) {
        @Override
        public void run(MemorySegment a, MemorySegment b, MemorySegment c, long from, long to) {
            long i = from;
            for (long bound = from + Lanes.DOUBLE.loopBound(to - from); i < bound; i += Lanes.DOUBLE.length()) {
                long at = i * Double.BYTES;
                DoubleVector.fromMemorySegment(Lanes.DOUBLE, a, at, ORDER).intoMemorySegment(c, at, ORDER);
            }
            for (; i < to; i++) {
                c.setAtIndex(JAVA_DOUBLE, i, a.getAtIndex(JAVA_DOUBLE, i));
            }
        }
    },

    /** {@code b[i] = q * c[i]}: one read, one write and the write-allocate read. */
    SCALE(3 * Double.BYTES) {
        @Override
        public void run(MemorySegment a, MemorySegment b, MemorySegment c, long from, long to) {
            long i = from;
            for (long bound = from + Lanes.DOUBLE.loopBound(to - from); i < bound; i += Lanes.DOUBLE.length()) {
                long at = i * Double.BYTES;
                DoubleVector.fromMemorySegment(Lanes.DOUBLE, c, at, ORDER).mul(Q).intoMemorySegment(b, at, ORDER);
            }
            for (; i < to; i++) {
                b.setAtIndex(JAVA_DOUBLE, i, Q * c.getAtIndex(JAVA_DOUBLE, i));
            }
        }
    },

    /** {@code a[i] = b[i] + q * c[i]}: two reads, one write and the write-allocate read (a multiply then an add, never fused). */
    TRIAD(4 * Double.BYTES) {
        @Override
        public void run(MemorySegment a, MemorySegment b, MemorySegment c, long from, long to) {
            long i = from;
            for (long bound = from + Lanes.DOUBLE.loopBound(to - from); i < bound; i += Lanes.DOUBLE.length()) {
                long at = i * Double.BYTES;
                DoubleVector.fromMemorySegment(Lanes.DOUBLE, b, at, ORDER)
                        .add(DoubleVector.fromMemorySegment(Lanes.DOUBLE, c, at, ORDER).mul(Q))
                        .intoMemorySegment(a, at, ORDER);
            }
            for (; i < to; i++) {
                a.setAtIndex(JAVA_DOUBLE, i, b.getAtIndex(JAVA_DOUBLE, i) + Q * c.getAtIndex(JAVA_DOUBLE, i));
            }
        }
    };

    /** The scalar {@code q} of {@code scale} and {@code triad}, STREAM's 3.0. */
    public static final double Q = 3.0;

    private final int bytesPerElement;

    StreamKernel(int bytesPerElement) {
        this.bytesPerElement = bytesPerElement;
    }

    /** Bytes moved per element, write-allocate included: 24 for copy and scale, 32 for triad. */
    public int bytesPerElement() {
        return bytesPerElement;
    }

    /**
     * Runs the kernel over elements {@code [from, to)} of three {@code double} arrays of the same length; it
     * reads and writes only the arrays its formula names.
     */
    public abstract void run(MemorySegment a, MemorySegment b, MemorySegment c, long from, long to);

    /**
     * The bandwidth, in GB/s (10^9 bytes per second, as STREAM counts), of one call over {@code elements}
     * elements that took {@code nanosPerOp} nanoseconds.
     *
     * @throws IllegalArgumentException when {@code elements} is negative or {@code nanosPerOp} is not positive
     */
    public double gbPerSecond(long elements, double nanosPerOp) {
        if (elements < 0) {
            throw new IllegalArgumentException("elements: " + elements + " (expected >= 0)");
        }
        if (!(nanosPerOp > 0) || Double.isInfinite(nanosPerOp)) {
            throw new IllegalArgumentException("nanosPerOp: " + nanosPerOp + " (expected a finite number > 0)");
        }
        return (double) elements * bytesPerElement / nanosPerOp;
    }
}
