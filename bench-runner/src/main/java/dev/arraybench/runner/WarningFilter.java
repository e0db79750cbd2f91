package dev.arraybench.runner;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Drops the one line every JVM with the Vector API prints at start-up ("WARNING: Using incubator modules"),
 * which JMH passes on from each benchmark fork and which would otherwise interleave with the progress
 * lines. Every other byte passes through unchanged, line by line.
 */
final class WarningFilter extends FilterOutputStream {

    static final String INCUBATOR_WARNING = "WARNING: Using incubator modules: jdk.incubator.vector";

    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private WarningFilter(OutputStream target) {
        super(target);
    }

    /** A print stream over {@code target} that drops the incubator warning. */
    static PrintStream over(PrintStream target) {
        return new PrintStream(new WarningFilter(target), true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) throws IOException {
        line.write(b);
        if (b == '\n') {
            String text = line.toString(StandardCharsets.UTF_8).strip();
            if (!text.equals(INCUBATOR_WARNING)) {
                line.writeTo(out);
            }
            line.reset();
            out.flush();
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (line.size() > 0 && !INCUBATOR_WARNING.startsWith(line.toString(StandardCharsets.UTF_8))) {
            line.writeTo(out);
            line.reset();
        }
        out.flush();
    }
}
