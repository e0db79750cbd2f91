package dev.arraybench.runner;

import dev.arraybench.scenarios.data.DType;
import dev.arraybench.scenarios.kernel.InPlaceOp;
import dev.arraybench.scenarios.kernel.Operands;

/** A user's op for the command line's tests: {@code x[i] *= 2}, registered only by the jars tests write. */
public final class Doubling implements InPlaceOp {

    @Override
    public String name() {
        return "doubling";
    }

    @Override
    public String description() {
        return "x[i] *= 2";
    }

    @Override
    public void scalar(Operands in, long from, long to) {
        for (long i = from; i < to; i++) {
            if (in.type().integral()) {
                in.type().setLong(in.x(), i, 2 * in.type().getAsLong(in.x(), i));
            } else {
                in.type().setDouble(in.x(), i, 2 * in.type().getAsDouble(in.x(), i));
            }
        }
    }

    @Override
    public long reference(DType type, long v, long w) {
        return type.narrow(2 * v);
    }

    @Override
    public double reference(DType type, double v, double w) {
        return type.round(2 * v);
    }
}
