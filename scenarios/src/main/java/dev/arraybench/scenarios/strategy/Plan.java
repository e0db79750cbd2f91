package dev.arraybench.scenarios.strategy;

import dev.arraybench.scenarios.data.ArrayData;
import dev.arraybench.scenarios.data.Labelled;
import dev.arraybench.scenarios.data.Layout;
import dev.arraybench.scenarios.kernel.InPlaceOp;
import dev.arraybench.scenarios.kernel.Op;
import dev.arraybench.scenarios.kernel.Operands;
import dev.arraybench.scenarios.kernel.ReductionOp;

/**
 * One op run with one strategy on a fixed number of threads of one {@link Pool}: the unit a benchmark
 * times. Building a plan
 * checks the combination once; {@link #run} checks the arrays it is given (so a wrong call fails with a
 * clear message rather than a crash) and then runs the composed kernel.
 */
public final class Plan {

    private final Op op;
    private final Strategy strategy;
    private final int threads;
    private final Pool pool;
    private final Schedule schedule;

    private Plan(Op op, Strategy strategy, int threads, Pool pool) {
        this.op = op;
        this.strategy = strategy;
        this.threads = threads;
        this.pool = pool;
        this.schedule = strategy.parallel()
                ? Schedule.parallel(strategy.simd(), pool.workers(threads))
                : Schedule.sequential(strategy.simd());
    }

    /**
     * A plan for {@code op} with {@code strategy} on the {@link Pool#FORKJOIN forkjoin} pool.
     *
     * @throws IllegalArgumentException when {@code threads} is outside {@code [1, }{@link Threads#max()}{@code ]}
     * @see #of(Op, Strategy, int, Pool)
     */
    public static Plan of(Op op, Strategy strategy, int threads) {
        return of(op, strategy, threads, Pool.FORKJOIN);
    }

    /**
     * A plan for {@code op} with {@code strategy} on {@code threads} threads of {@code pool}; sequential
     * strategies ignore {@code threads} and {@code pool} but still check them.
     *
     * @throws IllegalArgumentException when {@code threads} is outside {@code [1, }{@link Threads#max()}{@code ]}
     *     or {@code pool} is missing
     */
    public static Plan of(Op op, Strategy strategy, int threads, Pool pool) {
        Threads.check(threads);
        if (pool == null) {
            throw new IllegalArgumentException("pool: null (expected one of " + Labelled.labels(Pool.class) + ")");
        }
        return new Plan(op, strategy, threads, pool);
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

    /** The pool parallel strategies dispatch to. */
    public Pool pool() {
        return pool;
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
        if (strategy == Strategy.PLAIN) {
            return switch (op) {
                case InPlaceOp writing -> {
                    writing.plain(in);
                    yield null;
                }
                case ReductionOp<?> reduction -> reduction.plain(in);
            };
        }
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
        if (strategy.heapOnly() && x.layout() != Layout.HEAP) {
            throw new IllegalArgumentException("x: " + x + " (expected the heap layout: strategy "
                    + strategy.label() + " loops over a Java array)");
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
        return op.name() + "/" + strategy.label() + (strategy.parallel() ? "/" + pool.label() + "/" + threads + "t" : "");
    }
}
