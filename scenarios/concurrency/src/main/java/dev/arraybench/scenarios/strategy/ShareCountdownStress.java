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
import org.openjdk.jcstress.infra.results.I_Result;

/** jcstress tests of the caller's {@link ShareCountdown}: its park/unpark race with the last worker. */
public final class ShareCountdownStress {

    private ShareCountdownStress() {
    }

    /** The caller parks at once while the last share finishes: it must wake up. */
    @JCStressTest(Mode.Termination)
    @Description("The caller's park/unpark race: a caller that parks as the last share finishes is woken.")
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The caller saw the last share finish.")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "Lost wake-up: the caller sleeps on a finished batch.")
    @State
    public static class ParkingCallerWakes {

        private final ShareCountdown countdown = new ShareCountdown();

        /** One worker share outstanding. */
        public ParkingCallerWakes() {
            countdown.arm(1);
        }

        /** The caller's side. */
        @Actor
        public void caller() {
            countdown.await(0);
        }

        /** The last worker's side. */
        @Signal
        public void worker() {
            countdown.finishShare();
        }
    }

    /** The caller spins for about a microsecond and then parks, so the unpark lands on every step of the way. */
    @JCStressTest(Mode.Termination)
    @Description("No lost wake-up while the caller goes from spinning to parked.")
    @Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The caller saw the last share finish.")
    @Outcome(id = "STALE", expect = FORBIDDEN, desc = "Lost wake-up: the caller sleeps on a finished batch.")
    @State
    public static class SpinningCallerWakes {

        private final ShareCountdown countdown = new ShareCountdown();

        /** One worker share outstanding. */
        public SpinningCallerWakes() {
            countdown.arm(1);
        }

        /** The caller's side. */
        @Actor
        public void caller() {
            countdown.await(1_000);
        }

        /** The last worker's side. */
        @Signal
        public void worker() {
            countdown.finishShare();
        }
    }

    /** What a worker wrote in its share (a kernel's result) is what the caller reads once the wait is over. */
    @JCStressTest
    @Description("A share's plain stores are visible to the caller after the countdown.")
    @Outcome(id = "42", expect = ACCEPTABLE, desc = "The caller sees the share's result.")
    @Outcome(expect = FORBIDDEN, desc = "A missed store: the caller read a stale result.")
    @State
    public static class CountdownPublishesTheShare {

        private final ShareCountdown countdown = new ShareCountdown();
        private int sum;

        /** One worker share outstanding. */
        public CountdownPublishesTheShare() {
            countdown.arm(1);
        }

        /** The worker's share. */
        @Actor
        public void worker() {
            sum = 42;
            countdown.finishShare();
        }

        /** The caller's side. */
        @Actor
        public void caller(I_Result result) {
            countdown.await(0);
            result.r1 = sum;
        }
    }
}
