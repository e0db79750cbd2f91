package dev.arraybench.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way arraybench writes a file: the bytes go to a temporary file in the same folder, are forced to
 * the disk, and the temporary file is renamed over the target, so a reader, a crash or a full disk never
 * leaves half a file (the previous one stays). The temporary file is created like any other file, so the
 * result respects the umask (0644 under 022), unlike {@link Files#createTempFile}, which makes it 0600; a
 * file that already exists keeps its permissions.
 */
public final class AtomicFile {

    private static final int ATTEMPTS = 100;

    private AtomicFile() {
    }

    /**
     * Writes {@code text} as UTF-8 to {@code file}, creating its folder and replacing the file.
     *
     * @throws IOException when the folder cannot be written (the previous file, if any, is left as it was)
     */
    public static void write(Path file, CharSequence text) throws IOException {
        write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code bytes} to {@code file}, creating its folder and replacing the file.
     *
     * @throws IOException when the folder cannot be written (the previous file, if any, is left as it was)
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temporary = null;
        try {
            temporary = fill(folder, target.getFileName().toString(), bytes);
            keepPermissions(target, temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** A new hidden file next to the target holding {@code bytes}, on the disk. */
    private static Path fill(Path folder, String name, byte[] bytes) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temporary = folder.resolve("." + name + "." + Long.toUnsignedString(
                    ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            FileChannel channel;
            try {
                channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException taken) {
                if (attempt == ATTEMPTS) {
                    throw taken;
                }
                continue;
            }
            try (channel) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temporary);
                throw e;
            }
            return temporary;
        }
    }

    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (Files.getFileAttributeView(target, PosixFileAttributeView.class) == null) {
            return;
        }
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(target);
        } catch (NoSuchFileException first) {
            return;
        }
        Files.setPosixFilePermissions(temporary, permissions);
    }
}
