package dev.arraybench.runner.jar;

import dev.arraybench.core.io.AtomicFile;
import dev.arraybench.runner.UserError;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One benchmark run at a time on a machine. arraybench holds {@code arraybench.lock} in the temporary folder
 * for as long as a command measures, and writes who holds it ({@code arraybench.lock.holder}: the command,
 * its process and start time) next to it, so a second run says whom it waits for, then waits; with
 * {@code --no-wait} it refuses at once. JMH keeps its own lock ({@code jmh.lock}) for a run of any JMH
 * benchmark: a command waits for that too, or refuses at once.
 */
public final class MachineLock {

    /** How often the wait for JMH's lock (whose holder does not say when it is done) looks again. */
    private static final long JMH_POLL_MILLIS = 1_000;

    private MachineLock() {
    }

    /** The command line of the running command, as the holder of the machine is named to others. */
    public static String commandOf(picocli.CommandLine.Model.CommandSpec spec) {
        return "arraybench " + String.join(" ", spec.root().commandLine().getParseResult().originalArgs());
    }

    /** The machine, held by this process until closed. */
    public static final class Held implements AutoCloseable {

        private final FileChannel channel;
        private final Path holder;

        private Held(FileChannel channel, Path holder) {
            this.channel = channel;
            this.holder = holder;
        }

        @Override
        public void close() {
            try {
                Files.deleteIfExists(holder);
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot release " + holder, e);
            }
        }
    }

    /**
     * Holds the machine for {@code command}, waiting (with one line on {@code console}) while another
     * arraybench or JMH run holds it.
     *
     * @param noWait refuse at once instead of waiting
     * @throws UserError when the machine is busy and {@code noWait}, or the lock cannot be taken
     */
    public static Held hold(String command, boolean noWait, PrintWriter console) {
        return hold(Path.of(System.getProperty("java.io.tmpdir")), command, noWait, console);
    }

    /** {@link #hold(String, boolean, PrintWriter)} with the locks in {@code folder}. */
    static Held hold(Path folder, String command, boolean noWait, PrintWriter console) {
        Path lock = folder.resolve("arraybench.lock");
        Path holder = folder.resolve("arraybench.lock.holder");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (channel.tryLock() == null) {
                String who = "another arraybench run (" + holderOf(holder) + ") holds the machine";
                if (noWait) {
                    throw new UserError(who + "; --no-wait: not waiting");
                }
                console.println(who + "; waiting for it to finish (Ctrl-C to stop, --no-wait to refuse at once)");
                console.flush();
                channel.lock();
            }
            AtomicFile.write(holder, command + "\n" + ProcessHandle.current().pid() + "\n"
                    + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n");
            awaitJmh(folder.resolve("jmh.lock"), noWait, console);
            return new Held(channel, holder);
        } catch (IOException e) {
            close(channel);
            throw new UserError("cannot lock " + lock + " (" + e.getMessage() + ")");
        } catch (OverlappingFileLockException e) {
            close(channel);
            throw new UserError("this process already holds the machine (" + lock + ")");
        } catch (InterruptedException e) {
            close(channel);
            Thread.currentThread().interrupt();
            throw new UserError("interrupted while waiting for the machine");
        } catch (RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    /**
     * Checks that no JMH run holds the machine now.
     *
     * @throws UserError when one does
     */
    public static void checkFree() {
        Path lock = Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");
        try {
            if (!jmhFree(lock)) {
                throw new UserError("another JMH run holds the machine (" + lock + " is locked): wait for it to "
                        + "finish, then start again");
            }
        } catch (IOException e) {
            throw new UserError("cannot check " + lock + " (" + e.getMessage() + ")");
        }
    }

    private static void awaitJmh(Path lock, boolean noWait, PrintWriter console)
            throws IOException, InterruptedException {
        if (jmhFree(lock)) {
            return;
        }
        String who = "another JMH run holds the machine (" + lock + " is locked)";
        if (noWait) {
            throw new UserError(who + "; --no-wait: not waiting");
        }
        console.println(who + "; waiting for it to finish (Ctrl-C to stop, --no-wait to refuse at once)");
        console.flush();
        while (!jmhFree(lock)) {
            Thread.sleep(JMH_POLL_MILLIS);
        }
    }

    private static boolean jmhFree(Path lock) throws IOException {
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held == null) {
                return false;
            }
            held.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false;
        }
    }

    /** "arraybench run --op scale, pid 123, since 2026-12-06T00:51:02Z", or what is known of it. */
    private static String holderOf(Path holder) {
        try {
            String[] lines = Files.readString(holder, StandardCharsets.UTF_8).split("\n");
            if (lines.length >= 3) {
                return lines[0] + ", pid " + lines[1] + ", since " + lines[2];
            }
        } catch (IOException unknown) {
            return "its command is not recorded";
        }
        return "its command is not recorded";
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
