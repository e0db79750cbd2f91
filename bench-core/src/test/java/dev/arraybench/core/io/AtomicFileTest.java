package dev.arraybench.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path folder;

    /** The mode the umask gives any file the JDK creates without asking for permissions. */
    private Set<PosixFilePermission> plainFileMode() throws IOException {
        return Files.getPosixFilePermissions(Files.createFile(folder.resolve("plain")));
    }

    @Test
    void shouldCreateANewFileWithTheModeOfAnyOtherFile() throws IOException {
        Path file = folder.resolve("sub/results.json");
        AtomicFile.write(file, "{}\n");
        assertThat(Files.readString(file)).isEqualTo("{}\n");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(plainFileMode())
                .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void shouldKeepThePermissionsOfTheFileItReplaces() throws IOException {
        Path file = folder.resolve("thresholds.properties");
        Files.writeString(file, "old");
        Set<PosixFilePermission> chosen = PosixFilePermissions.fromString("rw-rw----");
        Files.setPosixFilePermissions(file, chosen);
        AtomicFile.write(file, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(chosen);
    }

    @Test
    void shouldLeaveNoTemporaryFileWhenTheRenameFails() throws IOException {
        Path taken = Files.createDirectories(folder.resolve("results.json"));
        Files.writeString(taken.resolve("inside"), "kept");
        assertThatThrownBy(() -> AtomicFile.write(taken, "next")).isInstanceOf(IOException.class);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(taken);
        }
        assertThat(Files.readString(taken.resolve("inside"))).isEqualTo("kept");
    }
}
