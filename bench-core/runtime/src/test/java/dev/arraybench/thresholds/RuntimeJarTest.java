package dev.arraybench.thresholds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What a library relies on when it takes this module: nothing but the JDK, class files a JDK 17 loads. */
class RuntimeJarTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/arraybench/thresholds");

    @Test
    void shouldImportNothingButTheJdk() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            List<Path> sources = files.toList();
            assertThat(sources).isNotEmpty();
            for (Path file : sources) {
                assertThat(Files.readAllLines(file)).filteredOn(line -> line.startsWith("import "))
                        .allSatisfy(line -> assertThat(line).matches("import (static )?java\\..*"));
            }
        }
    }

    @Test
    void shouldCompileEveryClassForJava17() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("target/classes"))) {
            List<Path> classes = files.filter(file -> file.toString().endsWith(".class")).toList();
            assertThat(classes).isNotEmpty();
            for (Path file : classes) {
                try (InputStream in = Files.newInputStream(file); DataInputStream data = new DataInputStream(in)) {
                    assertThat(data.readInt()).isEqualTo(0xCAFEBABE);
                    data.readUnsignedShort();
                    assertThat(data.readUnsignedShort()).as("major version of %s", file).isLessThanOrEqualTo(61);
                }
            }
        }
    }
}
