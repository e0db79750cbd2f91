package dev.arraybench.core.result;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A results document with a field missing or of the wrong type: the message names the field and the file. */
class SchemaMismatchTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path FILE = Path.of("results.json");

    @ParameterizedTest(name = "{0} <- {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "/environment|-|field \"environment\" is missing (expected an object)",
        "/settings|-|field \"settings\" is missing (expected an object)",
        "/benchmarks|-|field \"benchmarks\" is missing (expected a list)",
        "/environment/cores|-|field \"environment.cores\" is missing (expected a whole number)",
        "/benchmarks/0/score|-|benchmark #1: field \"score\" is missing (expected a number)",
        "/benchmarks/0/samples|-|benchmark #1: field \"samples\" is missing (expected a list)",
        "/environment|3|field \"environment\" is the number 3 (expected an object)",
        "/environment/cores|\"two\"|field \"environment.cores\" is the text \"two\" (expected a whole number)",
        "/environment/cores|null|field \"environment.cores\" is null (expected a whole number)",
        "/environment/cores|1e30|field \"environment.cores\" is the number 1.0E30 (out of range)",
        "/environment/memoryBytes|123456789012345678901234567890|field \"environment.memoryBytes\" is the number"
            + " 123456789012345678901234567890 (out of range)",
        "/environment/jvmFlags|true|field \"environment.jvmFlags\" is true (expected a list)",
        "/settings/forks|[]|field \"settings.forks\" is a list (expected a whole number)",
        "/benchmarks/0/score|\"fast\"|benchmark #1: field \"score\" is the text \"fast\" (expected a number)",
        "/benchmarks/0/unit|{}|benchmark #1: field \"unit\" is an object (expected text)",
        "/benchmarks/0/params|3|benchmark #1: field \"params\" is the number 3 (expected an object of names and"
            + " values)",
        "/benchmarks/0/samples/0/1|{}|benchmark #1: field \"samples[0][1]\" is an object (expected a number)",
        "/benchmarks/0|[]|benchmark #1 is a list (expected an object)",
        "/dimensions/variant|\"bogus\"|field \"dimensions\": variant: 'bogus' (expected method or param:NAME)",
    })
    void shouldNameTheFieldAndWhatWasExpected(String pointer, String value, String message) throws Exception {
        JsonNode root = MAPPER.readTree(ResultsCodec.toJson(ResultsCodecTest.sample()));
        JsonNode parent = root.at(pointer.substring(0, pointer.lastIndexOf('/')));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        JsonNode replacement = "-".equals(value) ? null : MAPPER.readTree(value);
        if (parent instanceof ArrayNode list) {
            list.set(Integer.parseInt(last), replacement);
        } else if (replacement == null) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, replacement);
        }
        assertThatThrownBy(() -> ResultsCodec.parse(FILE, MAPPER.writeValueAsString(root)))
                .isInstanceOf(ResultsFileException.class)
                .hasMessage(FILE + ": " + message);
    }
}
