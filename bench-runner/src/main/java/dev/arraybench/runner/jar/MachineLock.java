package dev.arraybench.runner.jar;

import dev.arraybench.runner.UserError;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * JMH's own guard against two runs sharing a machine: the lock it holds on {@code jmh.lock} in the temporary
 * folder for the whole of a run. Checked before {@code ab} starts, so that a busy machine is a clear refusal
 * rather than a fork failing half-way.
 */
public final class MachineLock {

    private MachineLock() {
    }

    /**
     * Checks that no JMH run holds the machine now.
     *
     * @throws UserError when one does
     */
    public static void checkFree() {
        Path lock = Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held == null) {
                throw new UserError("another JMH run holds the machine (" + lock + " is locked): wait for it to "
                        + "finish, then start again");
            }
            held.release();
        } catch (OverlappingFileLockException e) {
            throw new UserError("another JMH run in this JVM holds the machine (" + lock + ")");
        } catch (IOException e) {
            throw new UserError("cannot check " + lock + " (" + e.getMessage() + ")");
        }
    }
}
