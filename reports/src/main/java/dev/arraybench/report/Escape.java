package dev.arraybench.report;

import java.util.Locale;

/**
 * Makes text from a results file inert. Results files travel between machines and come from pull requests,
 * so every string read from one (parameters, host and CPU names, JVM flags, benchmark names) passes through
 * here before it reaches a page or a summary.
 */
final class Escape {

    private Escape() {
    }

    /**
     * Text for HTML element content or a double-quoted attribute: {@code & < > " '} become entities, control
     * characters other than tab and newline become U+FFFD.
     */
    static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c != '\t' && c != '\n' && (Character.isISOControl(c) || c == 0x2028 || c == 0x2029)) {
                        out.append('\uFFFD');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /**
     * Text for one line of Markdown, safe inside a table cell, a list item, a heading or link text: line
     * breaks and other control characters become spaces; {@code < > &} become entities (no raw HTML); and
     * every character that can start emphasis, code, a link, an image, a heading or a table cell
     * ({@code \ ` * _ [ ] ( ) # ! | ~ { } +}) is backslash-escaped.
     */
    static String markdown(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '(', ')', '#', '!', '|', '~', '{', '}', '+' -> out.append('\\')
                        .appendCodePoint(c);
                default -> {
                    if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x85) {
                        out.append(' ');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** A file-name-safe slug: lower-case letters, digits and dashes only, at most 60 characters. */
    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "case" : slug;
    }
}
