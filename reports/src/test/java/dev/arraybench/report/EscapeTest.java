package dev.arraybench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EscapeTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '^', value = {
        "<script>alert(1)</script> => &lt;script&gt;alert(1)&lt;/script&gt;",
        "^\"><img src=x onerror=alert(1)>^ => &quot;&gt;&lt;img src=x onerror=alert(1)&gt;",
        "it's & more => it&#39;s &amp; more",
        "plain text 1.5x => plain text 1.5x"})
    void shouldEscapeEveryHtmlSpecialCharacter(String text, String escaped) {
        assertThat(Escape.html(text)).isEqualTo(escaped);
    }

    @Test
    void shouldReplaceControlCharactersInHtmlButKeepLineBreaks() {
        assertThat(Escape.html("a\u0000b\nc\u2028d")).isEqualTo("a\uFFFDb\nc\uFFFDd");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "a | b => a \\| b",
        "[link](javascript:x) => \\[link\\]\\(javascript:x\\)",
        "`code` *em* _em_ => \\`code\\` \\*em\\* \\_em\\_",
        "<b>& => &lt;b&gt;&amp;",
        "# heading !x ~y~ => \\# heading \\!x \\~y\\~",
        "back\\slash => back\\\\slash",
        "zero-copy-parallel 1.5x => zero-copy-parallel 1.5x"})
    void shouldEscapeMarkdownSoNothingFormatsOrLinks(String text, String escaped) {
        assertThat(Escape.markdown(text)).isEqualTo(escaped);
    }

    @Test
    void shouldTurnLineBreaksIntoSpacesInMarkdown() {
        assertThat(Escape.markdown("a\nb\r\nc\td\u2028e\u0085f")).isEqualTo("a b  c d e f");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {"scale int32 native => scale-int32-native",
        "<script>/../x => script-x", "'' => case", "Ünïcode => n-code"})
    void shouldMakeSafeSlugs(String text, String slug) {
        assertThat(Escape.slug(text)).isEqualTo(slug);
    }
}
