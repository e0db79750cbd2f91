package dev.arraybench.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of file arraybench writes is created like any other file: 0644 under umask 022. */
class OutputModesTest {

    @TempDir
    Path folder;

    @Test
    void shouldWriteEveryKindOfFileWithTheModeTheUmaskGivesAnyOtherFile() throws IOException {
        Path a = ResultsFiles.write(folder.resolve("in/a.json"), "cpu A", 1.0, "1K", "2K");
        Path a2 = ResultsFiles.write(folder.resolve("in/a2.json"), "cpu A", 1.01, "1K", "2K");
        Path b = ResultsFiles.write(folder.resolve("in/b.json"), "cpu B", 2.0, "4K");
        Path out = folder.resolve("out");
        ok("merge", a.toString(), "--out", out.resolve("fleet.json").toString(), b.toString());
        ok("advise", "../docs/results/breakeven.json", "--out", out.resolve("t.json").toString());
        ok("report", "../docs/results/scale-1M.json", "--out", out.resolve("report").toString());
        ok("calibrate", a.toString(), a2.toString(), "--out", out.resolve("calibration.json").toString());
        ok("compare", "--baseline", a.toString(), "--current", a2.toString(), "--step-summary=",
                "--out", out.resolve("compare.md").toString());

        Set<PosixFilePermission> plain = Files.getPosixFilePermissions(Files.createFile(folder.resolve("plain")));
        List<Path> written;
        try (Stream<Path> files = Files.walk(folder)) {
            written = files.filter(Files::isRegularFile).filter(f -> !f.endsWith("plain")).toList();
        }
        assertThat(written).extracting(f -> folder.relativize(f).toString()).contains("in/a.json", "out/fleet.json",
                "out/t.json", "out/t.properties", "out/report/index.html", "out/report/summary.md",
                "out/calibration.json", "out/compare.md").anyMatch(f -> f.endsWith(".png"));
        for (Path file : written) {
            assertThat(Files.getPosixFilePermissions(file)).as(folder.relativize(file).toString()).isEqualTo(plain);
        }
    }

    private static void ok(String... args) {
        CommandRun run = CommandRun.of(args);
        assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isZero();
    }
}
