package dev.arraybench.runner.options;

import dev.arraybench.core.result.ResultsFileException;
import dev.arraybench.runner.UserError;
import java.util.function.Supplier;

/**
 * Turns what the user typed or named into values, in one place for every option and command: a parser's own
 * message ("size: '1Q' (expected ...)"), a count below its least value and a file that cannot be read become a
 * {@link UserError} (one line, exit 2).
 */
public final class UserInput {

    private UserInput() {
    }

    /**
     * The value {@code parse} reads from what the user typed.
     *
     * @throws UserError with the parser's message when it refuses the text ({@link IllegalArgumentException})
     */
    public static <T> T parsed(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /**
     * What {@code read} reads from a file the user named.
     *
     * @throws UserError with the reader's message, which names the file, when it cannot be read
     */
    public static <T> T fromFile(Supplier<T> read) {
        try {
            return read.get();
        } catch (ResultsFileException e) {
            throw new UserError(e.getMessage());
        }
    }

    /**
     * {@code value}, the number given to {@code option}.
     *
     * @throws UserError when it is below {@code minimum}
     */
    public static int atLeast(String option, int value, int minimum) {
        if (value < minimum) {
            throw new UserError(option + ": " + value + " (expected >= " + minimum + ")");
        }
        return value;
    }
}
