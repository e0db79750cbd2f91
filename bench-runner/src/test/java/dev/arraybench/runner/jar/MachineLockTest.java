package dev.arraybench.runner.jar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arraybench.runner.UserError;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second run waits for the machine, naming who holds it, or refuses at once with --no-wait. */
class MachineLockTest {

    @TempDir
    Path folder;

    private Process other;

    /** Another process holding {@code lock} with a POSIX lock, as a second arraybench's JVM does. */
    private void holdElsewhere(Path lock) throws IOException, InterruptedException {
        other = new ProcessBuilder("python3", "-c", "import fcntl, sys, time\n"
                + "f = open(sys.argv[1], 'a'); fcntl.lockf(f, fcntl.LOCK_EX); print('held', flush=True); time.sleep(600)",
                lock.toString()).redirectErrorStream(true).start();
        assertThat(new String(other.getInputStream().readNBytes(5))).isEqualTo("held\n");
    }

    @AfterEach
    void release() {
        if (other != null) {
            other.destroyForcibly();
        }
    }

    @Test
    void shouldRefuseAtOnceWithNoWaitNamingTheHolder() throws Exception {
        Files.writeString(folder.resolve("arraybench.lock.holder"),
                "arraybench run --op scale\n4242\n2026-12-06T00:51:02Z\n");
        holdElsewhere(folder.resolve("arraybench.lock"));
        assertThatThrownBy(() -> MachineLock.hold(folder, "arraybench run --op sum", true, console()))
                .isInstanceOf(UserError.class)
                .hasMessage("another arraybench run (arraybench run --op scale, pid 4242, since 2026-12-06T00:51:02Z)"
                        + " holds the machine; --no-wait: not waiting");
    }

    @Test
    void shouldWaitWithOneLineThenHoldTheMachineAndSayWhoHoldsIt() throws Exception {
        Files.writeString(folder.resolve("arraybench.lock.holder"),
                "arraybench breakeven --op scale\n4242\n2026-12-06T00:51:02Z\n");
        holdElsewhere(folder.resolve("arraybench.lock"));
        StringWriter said = new StringWriter();
        CompletableFuture<MachineLock.Held> waiting = CompletableFuture.supplyAsync(
                () -> MachineLock.hold(folder, "arraybench run --op sum", false, new PrintWriter(said, true)));
        while (said.toString().isEmpty()) {
            Thread.sleep(10);
        }
        assertThat(waiting).isNotDone();
        assertThat(said.toString()).isEqualTo("another arraybench run (arraybench breakeven --op scale, pid 4242,"
                + " since 2026-12-06T00:51:02Z) holds the machine; waiting for it to finish (Ctrl-C to stop,"
                + " --no-wait to refuse at once)\n");
        other.destroyForcibly().waitFor();
        MachineLock.Held held = waiting.get(60, TimeUnit.SECONDS);
        assertThat(Files.readAllLines(folder.resolve("arraybench.lock.holder")))
                .startsWith("arraybench run --op sum", Long.toString(ProcessHandle.current().pid()));
        held.close();
        assertThat(folder.resolve("arraybench.lock.holder")).doesNotExist();
    }

    @Test
    void shouldWaitForAJmhRunOfAnyBenchmarkToo() throws Exception {
        holdElsewhere(folder.resolve("jmh.lock"));
        assertThatThrownBy(() -> MachineLock.hold(folder, "arraybench run", true, console()))
                .hasMessage("another JMH run holds the machine (" + folder.resolve("jmh.lock")
                        + " is locked); --no-wait: not waiting");
    }

    private static PrintWriter console() {
        return new PrintWriter(new StringWriter(), true);
    }
}
