package dev.arraybench.scenarios;

import dev.arraybench.scenarios.data.ArrayData;
import dev.arraybench.scenarios.data.DType;
import dev.arraybench.scenarios.data.DataGenerator;
import dev.arraybench.scenarios.data.Layout;
import dev.arraybench.scenarios.kernel.Operands;
import dev.arraybench.scenarios.kernel.Ops;
import dev.arraybench.scenarios.strategy.Plan;
import dev.arraybench.scenarios.strategy.Pool;
import dev.arraybench.scenarios.strategy.Strategy;
import dev.arraybench.thresholds.CalibrationKernel;
import java.util.function.IntConsumer;

/**
 * One of arraybench's own cases as a {@link CalibrationKernel}: the sequential strategy against zero-copy
 * parallel on a pool, over the first {@code n} elements of one seeded array, both plans checked against the
 * op's reference first (the data and plans of a {@link Trial}, as the benchmarks make them). It lets the
 * runtime's first-use calibration be judged against {@code breakeven} and {@code validate} on the very kernels
 * they time (see {@link FirstUseTrials}).
 */
final class FirstUseKernel implements AutoCloseable {

    private final ArrayData x;
    private final ArrayData y;
    private final CalibrationKernel kernel;
    private volatile Number sink;

    /**
     * The case {@code op} on {@code type} in the native layout, parallel on {@code threads} of {@code pool},
     * over data of {@code largest} elements.
     *
     * @throws IllegalArgumentException naming a parameter that is wrong
     */
    FirstUseKernel(String op, DType type, Pool pool, int threads, int largest) {
        Trial trial = new Trial(Ops.onClassPath().byName(op), type, Layout.NATIVE, pool, threads, largest);
        Steady sequential = trial.plans(Strategy.SEQUENTIAL);
        Steady parallel = trial.plans(Strategy.ZERO_COPY_PARALLEL);
        x = trial.x();
        y = trial.y();
        sequential.verify(x, y);
        parallel.verify(x, y);
        DataGenerator.fill(x, Trial.X_SEED);
        kernel = new CalibrationKernel(op + "-" + type.label(), path(sequential), path(parallel));
    }

    /** The kernel to calibrate. */
    CalibrationKernel kernel() {
        return kernel;
    }

    /** A path that runs its plans over the first {@code n} elements, alternating forward and backward. */
    private IntConsumer path(Steady plans) {
        boolean[] odd = {false};
        return n -> {
            Operands in = new Operands(x.type(), x.segment(), y == null ? null : y.segment(), n);
            Plan plan = odd[0] ? plans.backward() : plans.forward();
            odd[0] = !odd[0];
            sink = plan.execute(in);
        };
    }

    /** Frees the arrays. */
    @Override
    public void close() {
        x.close();
        if (y != null) {
            y.close();
        }
    }
}
