package dev.arraybench.core.history;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The history's time stamps: ISO-8601 UTC with milliseconds always written, so text order is time order. */
public final class Times {

    private static final DateTimeFormatter STORED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Times() {
    }

    /** {@code time} as stored. */
    static String format(Instant time) {
        return STORED.format(time);
    }

    /**
     * Reads an ISO-8601 time with an offset ({@code 2026-12-05T23:56:35Z}, {@code ...+01:00}).
     *
     * @throws IllegalArgumentException naming the text and the expected form
     */
    public static Instant parse(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("time: '" + text + "' (expected ISO-8601 with an offset, such as"
                    + " 2026-12-05T23:56:35Z)", e);
        }
    }
}
