package dev.arraybench.scenarios.traffic;

import dev.arraybench.scenarios.data.DType;
import dev.arraybench.scenarios.kernel.Op;
import dev.arraybench.scenarios.strategy.Strategy;

/**
 * How many bytes each strategy moves per element for each op, from what the op says it reads and writes
 * ({@link Op#bytesRead}, {@link Op#bytesWritten}; by default each input once, and {@code x} once when it
 * works in place). Copy-parallel also zeroes a
 * fresh array per input, copies each input into it (a read and a write), and copies {@code x} back (a read
 * and a write) when the op writes: for {@code scale} that is 7 element-sized transfers against the 2 of the
 * sequential loop. Effective bandwidth divides the {@linkplain #useful useful} bytes, the kernel's own, by
 * the time.
 */
public final class TrafficModel {

    private TrafficModel() {
    }

    /** The traffic per element of {@code op} on {@code type} with {@code strategy}. */
    public static Traffic of(Op op, DType type, Strategy strategy) {
        double process = op.bytesRead(type) + op.bytesWritten(type);
        if (!strategy.copies()) {
            return new Traffic(0, 0, process, 0);
        }
        double inputs = (double) op.inputs() * type.bytes();
        double output = op.writes() ? type.bytes() : 0;
        return new Traffic(inputs, 2 * inputs, process, 2 * output);
    }

    /** The bytes per element the op needs at the least, whatever the strategy: its kernel's traffic. */
    public static double useful(Op op, DType type) {
        return of(op, type, Strategy.SEQUENTIAL).process();
    }
}
