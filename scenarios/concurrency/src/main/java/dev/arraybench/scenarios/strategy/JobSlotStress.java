package dev.arraybench.scenarios.strategy;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/** jcstress tests of a worker's {@link JobSlot}: the post reaches a worker that is parking, with its data. */
public final class JobSlotStress {

    private JobSlotStress() {
    }

    /** The worker parks at once (no spin) while the caller posts: it must wake up. */
    @JCStressTest(Mode.Termination)
    @Description("No lost wake-up: a worker that parks as the caller posts is woken.")
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The worker saw the post.")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "Lost wake-up: the worker sleeps on a posted batch.")
    @State
    public static class ParkingWorkerWakes {

        private final JobSlot slot = new JobSlot();

        /** The worker's side. */
        @Actor
        public void worker() {
            slot.await(0, 0);
        }

        /** The caller's side. */
        @Signal
        public void caller() {
            slot.post(1);
        }
    }

    /** The worker spins for about a microsecond and then parks, so the post lands on every step of the way. */
    @JCStressTest(Mode.Termination)
    @Description("No lost wake-up while the worker goes from spinning to parked.")
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The worker saw the post.")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "Lost wake-up: the worker sleeps on a posted batch.")
    @State
    public static class SpinningWorkerWakes {

        private final JobSlot slot = new JobSlot();

        /** The worker's side. */
        @Actor
        public void worker() {
            slot.await(0, 1_000);
        }

        /** The caller's side. */
        @Signal
        public void caller() {
            slot.post(1);
        }
    }

    /** What the caller wrote before posting (the batch's task) is what the worker reads after the post. */
    @JCStressTest
    @Description("The batch the worker sees is the one posted, with the caller's plain stores before it.")
    @Outcome(id = "1, 42", expect = ACCEPTABLE, desc = "The worker got batch 1 and its task.")
    @Outcome(expect = FORBIDDEN, desc = "A missed store or a wrong batch.")
    @State
    public static class PostCarriesTheBatch {

        private final JobSlot slot = new JobSlot();
        private int task;

        /** The caller's side: the task, then the post. */
        @Actor
        public void caller() {
            task = 42;
            slot.post(1);
        }

        /** The worker's side. */
        @Actor
        public void worker(II_Result result) {
            result.r1 = (int) slot.await(0, 0);
            result.r2 = task;
        }
    }
}
