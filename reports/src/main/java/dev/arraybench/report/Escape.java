package dev.arraybench.report;

import java.util.Locale;
import java.util.function.IntFunction;

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
        return each(text == null ? "" : text, c -> {
            String markup = markup(c);
            if (markup != null) {
                return markup;
            }
            return c != '\t' && c != '\n' && breaking(c) ? "\uFFFD" : null;
        });
    }

    /**
     * Text for one line of Markdown, safe inside a table cell, a list item, a heading or link text: line
     * breaks and other control characters become spaces; {@code < > &} become entities (no raw HTML); and
     * every character that can start emphasis, code, a link, an image, a heading or a table cell
     * ({@code \ ` * _ [ ] ( ) # ! | ~ { } + $}) is backslash-escaped.
     */
    public static String markdown(String text) {
        return each(text == null ? "" : text, c -> {
            if (c == '&' || c == '<' || c == '>') {
                return markup(c);
            }
            if ("\\`*_[]()#!|~{}+$".indexOf(c) >= 0) {
                return "\\" + (char) c;
            }
            return breaking(c) || c == 0x85 ? " " : null;
        });
    }

    /**
     * For a terminal: control characters (newlines, escape sequences) become visible {@code \}n-style or
     * {@code \}u-style escapes, so a value cannot break lines or drive the terminal.
     */
    public static String text(String value) {
        return each(value, c -> switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> Character.isISOControl(c) ? String.format(Locale.ROOT, "\\u%04x", c) : null;
        });
    }

    /**
     * For XML 1.0 text and attribute values: the five markup characters become entities (so {@code ]]>}
     * cannot end anything), line breaks and tabs become character references (attribute values keep them),
     * and characters XML 1.0 forbids become U+FFFD.
     */
    public static String xml(String value) {
        return each(value, c -> switch (c) {
            case '\'' -> "&apos;";
            case '\n' -> "&#10;";
            case '\r' -> "&#13;";
            case '\t' -> "&#9;";
            default -> allowedInXml(c) ? markup(c) : "\uFFFD";
        });
    }

    /** {@code text} with every code point that {@code replacement} maps to a string replaced by it. */
    private static String each(String text, IntFunction<String> replacement) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            String replaced = replacement.apply(c);
            if (replaced == null) {
                out.appendCodePoint(c);
            } else {
                out.append(replaced);
            }
        });
        return out.toString();
    }

    /** The HTML entity of a markup character ({@code & < > " '}), {@code null} for any other. */
    private static String markup(int c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }

    /** Whether {@code c} is a control character or a Unicode line or paragraph separator. */
    private static boolean breaking(int c) {
        return Character.isISOControl(c) || c == 0x2028 || c == 0x2029;
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
