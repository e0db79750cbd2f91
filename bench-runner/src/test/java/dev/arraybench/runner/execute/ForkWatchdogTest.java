package dev.arraybench.runner.execute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A fork that hangs past the time-out is killed; one that finishes in time is left alone. */
class ForkWatchdogTest {

    @Test
    void shouldKillAHangingChildProcessOnceTheTimeoutPasses() throws IOException, InterruptedException {
        Process hanging = new ProcessBuilder("sleep", "600").start();
        try (ForkWatchdog watchdog = ForkWatchdog.start(Duration.ofMillis(200))) {
            assertThat(hanging.waitFor(60, TimeUnit.SECONDS)).as("killed").isTrue();
            assertThat(watchdog.fired()).isTrue();
        } finally {
            hanging.destroyForcibly();
        }
    }

    @Test
    void shouldLeaveChildrenAloneWhenClosedBeforeTheTimeout() throws IOException, InterruptedException {
        Process child = new ProcessBuilder("sleep", "600").start();
        try {
            ForkWatchdog watchdog = ForkWatchdog.start(Duration.ofMillis(300));
            watchdog.close();
            Thread.sleep(600);
            assertThat(watchdog.fired()).isFalse();
            assertThat(child.isAlive()).isTrue();
        } finally {
            child.destroyForcibly();
        }
    }
}
