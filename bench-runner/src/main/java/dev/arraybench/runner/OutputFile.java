package dev.arraybench.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks, before anything is measured, that a results file can be written where the user asked. */
public final class OutputFile {

    private OutputFile() {
    }

    /**
     * Creates the file's folder if needed and checks it can be written into.
     *
     * @throws UserError naming the file and what is wrong
     */
    public static void checkWritable(Path file) {
        Path absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new UserError("out: " + file + " is a folder (expected a file name such as results.json)");
        }
        Path folder = absolute.getParent();
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".arraybench", ".probe");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new UserError("out: " + file + " cannot be written (" + e.getMessage() + ")");
        }
    }

    /**
     * Creates a report folder if needed and checks files can be written into it.
     *
     * @throws UserError naming the folder and what is wrong
     */
    public static void checkFolder(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UserError("report: " + folder + " is a file (expected a folder for index.html and charts)");
        }
        try {
            Files.createDirectories(folder);
            Files.delete(Files.createTempFile(folder, ".arraybench", ".probe"));
        } catch (IOException | SecurityException e) {
            throw new UserError("report: " + folder + " cannot be written (" + e.getMessage() + ")");
        }
    }
}
