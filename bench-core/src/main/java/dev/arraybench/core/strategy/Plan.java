package dev.arraybench.core.strategy;

import dev.arraybench.core.data.ArrayData;
import dev.arraybench.core.kernel.InPlaceOp;
import dev.arraybench.core.kernel.Op;
import dev.arraybench.core.kernel.Operands;
import dev.arraybench.core.kernel.ReductionOp;

/**
 * One op run with one strategy on a fixed number of threads: the unit a benchmark times. Building a plan
 * checks the combination once; {@link #run} checks the arrays it is given (so a wrong call fails with a
 * clear message rather than a crash) and then runs the composed kernel.
 */
public final class Plan {

    private final Op op;
    private final Strategy strategy;
    private final int threads;
    private final Schedule schedule;

    private Plan(Op op, Strategy strategy, int threads) {
        this.op = op;
        this.strategy = strategy;
        this.threads = threads;
        this.schedule = strategy.parallel()
                ? Schedule.parallel(strategy.simd(), ForkJoinWorkers.forThreads(threads))
                : Schedule.sequential(strategy.simd());
    }

    /**
     * A plan for {@code op} with {@code strategy}; sequential strategies ignore {@code threads} but still
     * check it.
     *
     * @throws IllegalArgumentException when {@code threads} is outside {@code [1, }{@link Threads#MAX}{@code ]}
     */
    public static Plan of(Op op, Strategy strategy, int threads) {
        Threads.check(threads);
        return new Plan(op, strategy, threads);
    }

    /** The op. */
    public Op op() {
        return op;
    }

    /** The strategy. */
    public Strategy strategy() {
        return strategy;
    }

    /** The thread count parallel strategies use. */
    public int threads() {
        return threads;
    }

    /**
     * Runs the op over {@code x} (and {@code y} for two-input ops; pass {@code null} otherwise).
     *
     * @return the result of a reduction, or {@code null} after an in-place op
     * @throws IllegalArgumentException when the arrays are closed, missing, or differ in type or length
     */
    public Number run(ArrayData x, ArrayData y) {
        Operands in = operands(x, y);
        if (!strategy.copies()) {
            return execute(in);
        }
        Operands copy = CopyOut.allocate(in);
        CopyOut.copyOut(in, copy);
        Number result = execute(copy);
        if (op.writes()) {
            CopyOut.copyBack(copy, in);
        }
        return result;
    }

    /** Runs only the processing step on already-checked operands: the "process" phase of a scenario. */
    public Number execute(Operands in) {
        return switch (op) {
            case InPlaceOp writing -> {
                schedule.apply(writing, in);
                yield null;
            }
            case ReductionOp<?> reduction -> schedule.reduce(reduction, in);
        };
    }

    /**
     * Checks the arrays for this plan's op and bundles them.
     *
     * @throws IllegalArgumentException naming the argument that is wrong
     */
    public Operands operands(ArrayData x, ArrayData y) {
        if (x == null) {
            throw new IllegalArgumentException("x: null (expected an array)");
        }
        if (op.inputs() == 1) {
            if (y != null) {
                throw new IllegalArgumentException("y: " + y + " (expected none: " + op.name() + " reads one array)");
            }
            return new Operands(x.type(), x.segment(), null, x.length());
        }
        if (y == null) {
            throw new IllegalArgumentException("y: null (expected a second array: " + op.name() + " reads two)");
        }
        if (y.type() != x.type() || y.length() != x.length()) {
            throw new IllegalArgumentException("y: " + y + " (expected the same type and length as x: " + x + ")");
        }
        return new Operands(x.type(), x.segment(), y.segment(), x.length());
    }

    @Override
    public String toString() {
        return op.name() + "/" + strategy.label() + (strategy.parallel() ? "/" + threads + "t" : "");
    }
}
