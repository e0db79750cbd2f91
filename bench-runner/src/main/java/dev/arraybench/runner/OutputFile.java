package dev.arraybench.runner;

import dev.arraybench.core.io.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where the commands write what the user asked for: checks, before anything is measured, that a results
 * file or report folder can be written, and writes text files with a message that names the option.
 */
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

    /**
     * Writes {@code text} to {@code file}, creating its folder.
     *
     * @param option the option that named the file, for the message
     * @throws UncheckedIOException naming the option and the file when it cannot be written
     */
    public static void write(String option, Path file, String text) {
        write(option, file, text, false);
    }

    /**
     * Appends {@code text} to {@code file}, creating it and its folder (a CI step summary, say).
     *
     * @param option the option that named the file, for the message
     * @throws UncheckedIOException naming the option and the file when it cannot be written
     */
    public static void append(String option, Path file, String text) {
        write(option, file, text, true);
    }

    private static void write(String option, Path file, String text, boolean append) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (append) {
                Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } else {
                AtomicFile.write(file, text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(option + " " + file + ": cannot be written (" + e + ")", e);
        }
    }
}
