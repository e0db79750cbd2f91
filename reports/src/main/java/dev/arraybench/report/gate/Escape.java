package dev.arraybench.report.gate;

import java.util.Locale;

/** Escapes untrusted text (names, parameters and environment values from results files) for each format. */
final class Escape {

    private static final String MARKDOWN_SPECIALS = "\\`*_[]|~$";

    private Escape() {
    }

    /**
     * For a terminal: control characters (newlines, escape sequences) become visible {@code \}n-style or
     * {@code \}u-style escapes, so a value cannot break lines or drive the terminal.
     */
    static String text(String value) {
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
     * For Markdown inline text, table cells included: HTML is neutralised, every Markdown punctuation mark
     * is backslash-escaped ({@code |} cannot end a cell), and line breaks become spaces.
     */
    static String markdown(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        text(value).codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> {
                    if (MARKDOWN_SPECIALS.indexOf(c) >= 0) {
                        out.append('\\');
                    }
                    out.appendCodePoint(c);
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
    static String xml(String value) {
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
}
