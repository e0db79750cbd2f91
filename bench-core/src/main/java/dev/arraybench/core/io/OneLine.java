package dev.arraybench.core.io;

import java.util.Locale;

/**
 * A message as one line: control characters a file or an argument brought into it (a line break inside a
 * quoted value, say) are written as escapes ({@code \n}, {@code \u0007}), so an error is always the one line
 * the user reads and a script can grep.
 */
public final class OneLine {

    private OneLine() {
    }

    /** {@code text} with every control character escaped. */
    public static String of(String text) {
        if (text == null || text.chars().noneMatch(Character::isISOControl)) {
            return text;
        }
        StringBuilder line = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line.append("\\n");
            } else if (c == '\r') {
                line.append("\\r");
            } else if (c == '\t') {
                line.append("\\t");
            } else if (Character.isISOControl(c)) {
                line.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                line.append(c);
            }
        }
        return line.toString();
    }
}
