package dev.arraybench.report;

import java.util.Locale;

/**
 * Makes text from a results file inert. Results files travel between machines and come from pull requests,
 * so every string read from one (parameters, host and CPU names, JVM flags, benchmark names) passes through
 * here before it reaches a page, a summary, a terminal or the gate's Markdown and JUnit XML.
 */
public final class Escape {

    private Escape() {
    }

    /**
     * Text for HTML element content or a double-quoted attribute: {@code & < > " '} become entities, control
     * characters other than tab and newline become U+FFFD.
     */
    public static String html(String text) {
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
     * ({@code \ ` * _ [ ] ( ) # ! | ~ { } + $}) is backslash-escaped.
     */
    public static String markdown(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '(', ')', '#', '!', '|', '~', '{', '}', '+', '$' -> out.append('\\')
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

    /**
     * For a terminal: control characters (newlines, escape sequences) become visible {@code \}n-style or
     * {@code \}u-style escapes, so a value cannot break lines or drive the terminal.
     */
    public static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /**
     * For XML 1.0 text and attribute values: the five markup characters become entities (so {@code ]]>}
     * cannot end anything), line breaks and tabs become character references (attribute values keep them),
     * and characters XML 1.0 forbids become U+FFFD.
     */
    public static String xml(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> out.appendCodePoint(allowedInXml(c) ? c : 0xFFFD);
            }
        });
        return out.toString();
    }

    private static boolean allowedInXml(int c) {
        return c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }

    /** A file-name-safe slug: lower-case letters, digits and dashes only, at most 60 characters. */
    public static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "case" : slug;
    }
}
