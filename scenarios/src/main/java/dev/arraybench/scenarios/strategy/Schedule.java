package dev.arraybench.scenarios.strategy;

import dev.arraybench.scenarios.kernel.InPlaceOp;
import dev.arraybench.scenarios.kernel.Operands;
import dev.arraybench.scenarios.kernel.Ranges;
import dev.arraybench.scenarios.kernel.ReductionOp;

/**
 * Lays the ranges of one op call out over threads, choosing the scalar or SIMD range kernel; the one place
 * where an op meets a strategy. A sequential schedule runs one range on the calling thread; a parallel one
 * splits the array with {@link Chunking} and always dispatches to its pool, even for a single chunk, so a
 * parallel strategy is measured as "always go parallel" and the break-even analysis finds the threshold.
 * Either way a range longer than {@link Ranges#MAX} reaches the kernels as consecutive blocks (a reduction
 * combines their partials in order), so kernel loops can count with an {@code int}.
 */
public final class Schedule {

    private final boolean simd;
    private final WorkerPool pool;

    private Schedule(boolean simd, WorkerPool pool) {
        this.simd = simd;
        this.pool = pool;
    }

    /** One range, on the calling thread. */
    public static Schedule sequential(boolean simd) {
        return new Schedule(simd, null);
    }

    /** Balanced chunks on {@code pool}. */
    public static Schedule parallel(boolean simd, WorkerPool pool) {
        return new Schedule(simd, pool);
    }

    /** Applies {@code op} to every element. */
    public void apply(InPlaceOp op, Operands in) {
        long n = in.length();
        if (pool == null) {
            run(op, in, 0, n);
            return;
        }
        int chunks = Chunking.chunks(n, pool.threads());
        pool.runAll(chunks, chunk ->
                run(op, in, Chunking.start(chunk, chunks, n), Chunking.start(chunk + 1, chunks, n)));
    }

    /** Reduces every element with {@code op} and finishes the result. */
    public <P> Number reduce(ReductionOp<P> op, Operands in) {
        long n = in.length();
        if (pool == null) {
            return op.finish(reduce(op, in, 0, n), n);
        }
        int chunks = Chunking.chunks(n, pool.threads());
        Object[] partials = new Object[chunks];
        pool.runAll(chunks, chunk -> partials[chunk] =
                reduce(op, in, Chunking.start(chunk, chunks, n), Chunking.start(chunk + 1, chunks, n)));
        @SuppressWarnings("unchecked")
        P whole = (P) partials[0];
        for (int chunk = 1; chunk < chunks; chunk++) {
            @SuppressWarnings("unchecked")
            P next = (P) partials[chunk];
            whole = op.combine(whole, next);
        }
        return op.finish(whole, n);
    }

    private void run(InPlaceOp op, Operands in, long from, long to) {
        long start = from;
        do {
            long end = Math.min(to, start + Ranges.MAX);
            if (simd) {
                op.simd(in, start, end);
            } else {
                op.scalar(in, start, end);
            }
            start = end;
        } while (start < to);
    }

    private <P> P reduce(ReductionOp<P> op, Operands in, long from, long to) {
        long end = Math.min(to, from + Ranges.MAX);
        P whole = block(op, in, from, end);
        while (end < to) {
            long start = end;
            end = Math.min(to, start + Ranges.MAX);
            whole = op.combine(whole, block(op, in, start, end));
        }
        return whole;
    }

    private <P> P block(ReductionOp<P> op, Operands in, long from, long to) {
        return simd ? op.simd(in, from, to) : op.scalar(in, from, to);
    }
}
