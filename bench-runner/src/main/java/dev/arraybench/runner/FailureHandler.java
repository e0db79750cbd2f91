package dev.arraybench.runner;

import dev.arraybench.core.history.HistoryException;
import dev.arraybench.core.io.OneLine;
import dev.arraybench.core.result.ResultsFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps what a command throws to an exit code and one line on stderr: a user's mistake (bad values, bad or
 * missing files: {@link UserError}, {@link ResultsFileException}, I/O failures) is exit 2 without a stack
 * trace; anything else, an {@code IllegalArgumentException} from a broken invariant included, is a bug or a
 * crash, exit 3 with the trace so it can be reported.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        if (isUserError(failure)) {
            command.getErr().println(command.getColorScheme().errorText("arraybench: " + OneLine.of(failure.getMessage())));
            return ExitCodes.USAGE;
        }
        command.getErr().println("arraybench: " + failure);
        failure.printStackTrace(command.getErr());
        return ExitCodes.FAILED;
    }

    private static boolean isUserError(Exception failure) {
        return failure instanceof UserError
                || failure instanceof ResultsFileException
                || failure instanceof HistoryException
                || failure instanceof UncheckedIOException
                || failure instanceof IOException;
    }
}
