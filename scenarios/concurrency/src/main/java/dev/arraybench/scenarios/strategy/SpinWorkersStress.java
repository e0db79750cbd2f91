package dev.arraybench.scenarios.strategy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * jcstress tests of the whole {@link SpinWorkers} pool (two threads: the caller and one worker), shared by
 * two callers at once. Each batch records its tasks in plain fields, so a task run twice, skipped, or whose
 * store the caller does not see shows as a wrong digit: {@code 111} is three tasks run once each.
 */
public final class SpinWorkersStress {

    private static final SpinWorkers POOL = SpinWorkers.forThreads(2);
    private static final int TASKS = 3;

    private SpinWorkersStress() {
    }

    /** Two callers post batches at once: each batch's tasks run exactly once, and each caller sees them. */
    @JCStressTest
    @Description("Every posted batch is run exactly once, its stores visible to its caller.")
    @Outcome(id = "111, 111", expect = ACCEPTABLE, desc = "Both batches ran each task once.")
    @Outcome(expect = FORBIDDEN, desc = "A task ran twice, not at all, or its store was missed.")
    @State
    public static class EveryBatchRunsOnce {

        private final int[] first = new int[TASKS];
        private final int[] second = new int[TASKS];

        /** The first caller. */
        @Actor
        public void first(II_Result result) {
            POOL.runAll(TASKS, task -> first[task]++);
            result.r1 = digits(first);
        }

        /** The second caller. */
        @Actor
        public void second(II_Result result) {
            POOL.runAll(TASKS, task -> second[task]++);
            result.r2 = digits(second);
        }
    }

    /** A task on the worker throws: its caller gets the exception, and the pool runs the next batches. */
    @JCStressTest
    @Description("An exception in a worker's share reaches the caller, and the pool keeps working.")
    @Outcome(id = "1, 111, 111", expect = ACCEPTABLE, desc = "Caught by its caller; later batches ran.")
    @Outcome(expect = FORBIDDEN, desc = "Lost or misrouted exception, or a broken pool.")
    @State
    public static class FailureReachesTheCaller {

        private final IllegalStateException boom = new IllegalStateException("task 1 fails");
        private final int[] after = new int[TASKS];
        private final int[] beside = new int[TASKS];

        /** A caller whose batch fails in task 1 (the worker's share), then runs another batch. */
        @Actor
        public void failing(III_Result result) {
            try {
                POOL.runAll(TASKS, task -> {
                    if (task == 1) {
                        throw boom;
                    }
                });
                result.r1 = 0;
            } catch (IllegalStateException e) {
                result.r1 = e == boom ? 1 : 2;
            }
            POOL.runAll(TASKS, task -> after[task]++);
            result.r2 = digits(after);
        }

        /** Another caller at the same time, whose batch must not see the failure. */
        @Actor
        public void other(III_Result result) {
            POOL.runAll(TASKS, task -> beside[task]++);
            result.r3 = digits(beside);
        }
    }

    /** The runs of each task as decimal digits: {@code {1, 1, 1}} is 111. */
    static int digits(int[] runs) {
        int value = 0;
        for (int run : runs) {
            value = value * 10 + run;
        }
        return value;
    }
}
