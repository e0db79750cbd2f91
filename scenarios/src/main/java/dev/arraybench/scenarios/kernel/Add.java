package dev.arraybench.scenarios.kernel;

import static dev.arraybench.scenarios.kernel.Lanes.ORDER;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.lang.foreign.MemorySegment;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;

/** {@code x[i] += y[i]}: memory-bound with two input streams; integers wrap around. */
public final class Add implements InPlaceOp {

    @Override
    public String name() {
        return "add";
    }

    @Override
    public String description() {
        return "x[i] += y[i] in place (memory-bound, two reads and one write per element)";
    }

    @Override
    public int inputs() {
        return 2;
    }

    @Override
    public void scalar(Operands in, long from, long to) {
        MemorySegment x = in.x();
        MemorySegment y = in.y();
        switch (in.type()) {
            case INT32 -> {
                for (int i = 0, count = Ranges.count(from, to); i < count; i++) {
                    long at = from + i;
                    x.setAtIndex(JAVA_INT_UNALIGNED, at, x.getAtIndex(JAVA_INT_UNALIGNED, at) + y.getAtIndex(JAVA_INT_UNALIGNED, at));
                }
            }
            case INT64 -> {
                for (int i = 0, count = Ranges.count(from, to); i < count; i++) {
                    long at = from + i;
                    x.setAtIndex(JAVA_LONG_UNALIGNED, at, x.getAtIndex(JAVA_LONG_UNALIGNED, at) + y.getAtIndex(JAVA_LONG_UNALIGNED, at));
                }
            }
            case FLOAT32 -> {
                for (int i = 0, count = Ranges.count(from, to); i < count; i++) {
                    long at = from + i;
                    x.setAtIndex(JAVA_FLOAT_UNALIGNED, at, x.getAtIndex(JAVA_FLOAT_UNALIGNED, at) + y.getAtIndex(JAVA_FLOAT_UNALIGNED, at));
                }
            }
            case FLOAT64 -> {
                for (int i = 0, count = Ranges.count(from, to); i < count; i++) {
                    long at = from + i;
                    x.setAtIndex(JAVA_DOUBLE_UNALIGNED, at, x.getAtIndex(JAVA_DOUBLE_UNALIGNED, at) + y.getAtIndex(JAVA_DOUBLE_UNALIGNED, at));
                }
            }
        }
    }

    @Override
    public void simd(Operands in, long from, long to) {
        MemorySegment x = in.x();
        MemorySegment y = in.y();
        long i = from;
        switch (in.type()) {
            case INT32 -> {
                for (long bound = from + Lanes.INT.loopBound(to - from); i < bound; i += Lanes.INT.length()) {
                    long at = i * Integer.BYTES;
                    IntVector.fromMemorySegment(Lanes.INT, x, at, ORDER)
                            .add(IntVector.fromMemorySegment(Lanes.INT, y, at, ORDER))
                            .intoMemorySegment(x, at, ORDER);
                }
            }
            case INT64 -> {
                for (long bound = from + Lanes.LONG.loopBound(to - from); i < bound; i += Lanes.LONG.length()) {
                    long at = i * Long.BYTES;
                    LongVector.fromMemorySegment(Lanes.LONG, x, at, ORDER)
                            .add(LongVector.fromMemorySegment(Lanes.LONG, y, at, ORDER))
                            .intoMemorySegment(x, at, ORDER);
                }
            }
            case FLOAT32 -> {
                for (long bound = from + Lanes.FLOAT.loopBound(to - from); i < bound; i += Lanes.FLOAT.length()) {
                    long at = i * Float.BYTES;
                    FloatVector.fromMemorySegment(Lanes.FLOAT, x, at, ORDER)
                            .add(FloatVector.fromMemorySegment(Lanes.FLOAT, y, at, ORDER))
                            .intoMemorySegment(x, at, ORDER);
                }
            }
            case FLOAT64 -> {
                for (long bound = from + Lanes.DOUBLE.loopBound(to - from); i < bound;
                        i += Lanes.DOUBLE.length()) {
                    long at = i * Double.BYTES;
                    DoubleVector.fromMemorySegment(Lanes.DOUBLE, x, at, ORDER)
                            .add(DoubleVector.fromMemorySegment(Lanes.DOUBLE, y, at, ORDER))
                            .intoMemorySegment(x, at, ORDER);
                }
            }
        }
        scalar(in, i, to);
    }
}
