package dev.arraybench.core.result;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arraybench.core.io.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes results files. Writing is atomic ({@link AtomicFile}), so a reader or an interrupted run
 * never sees half a file. Reading accepts this tool's documents and plain
 * JMH JSON ({@code -rf json}), and checks every value a later stage relies on.
 */
public final class ResultsCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ResultsCodec() {
    }

    /** The document as JSON text, ending with a newline. */
    public static String toJson(RunResults results) {
        try {
            return MAPPER.writeValueAsString(results) + "\n";
        } catch (JacksonException e) {
            throw new IllegalStateException("results: cannot be written as JSON", e);
        }
    }

    /** The multi-machine document as JSON text, ending with a newline. */
    public static String toJson(Fleet fleet) {
        try {
            return MAPPER.writeValueAsString(fleet) + "\n";
        } catch (JacksonException e) {
            throw new IllegalStateException("fleet: cannot be written as JSON", e);
        }
    }

    /**
     * Writes {@code results} to {@code file} atomically, replacing it.
     *
     * @throws IOException when the folder cannot be written
     */
    public static void write(RunResults results, Path file) throws IOException {
        AtomicFile.write(file, toJson(results));
    }

    /**
     * Writes a multi-machine document to {@code file} atomically, replacing it.
     *
     * @throws IOException when the folder cannot be written
     */
    public static void write(Fleet fleet, Path file) throws IOException {
        AtomicFile.write(file, toJson(fleet));
    }

    /**
     * Reads a results file: this tool's schema or plain JMH JSON.
     *
     * @throws ResultsFileException naming the file and what is wrong with it
     */
    public static RunResults read(Path file) {
        return parse(file, text(file));
    }

    /**
     * Reads a file of one machine or several: this tool's schema, plain JMH JSON, or a
     * {@value Fleet#SCHEMA} document, one results document per machine.
     *
     * @throws ResultsFileException naming the file (and the machine, in a fleet) and what is wrong with it
     */
    public static List<RunResults> readMachines(Path file) {
        String text = text(file);
        JsonNode root = tree(file, text);
        if (!isFleet(root)) {
            return List.of(parse(file, root));
        }
        JsonNode machines = root.get("machines");
        if (machines == null || !machines.isArray() || machines.isEmpty()) {
            throw new ResultsFileException(file, "no \"machines\" (expected a " + Fleet.SCHEMA
                    + " document with one results document per machine)");
        }
        List<RunResults> all = new ArrayList<>();
        for (int i = 0; i < machines.size(); i++) {
            all.add(parse(machine(file, i), machines.get(i)));
        }
        return List.copyOf(all);
    }

    /** How a fleet file's machine is named in messages: {@code fleet.json#2} for the second. */
    public static Path machine(Path file, int index) {
        return Path.of(file + "#" + (index + 1));
    }

    /** Parses results text that came from {@code file}. */
    public static RunResults parse(Path file, String text) {
        return parse(file, tree(file, text));
    }

    /**
     * Reads {@code file} as one JSON document: the parsing every arraybench reader of JSON files shares.
     *
     * @throws ResultsFileException naming the file when it is missing, unreadable, empty or not JSON
     */
    public static JsonNode readTree(Path file) {
        return tree(file, text(file));
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ResultsFileException(file, "no such file", e);
        } catch (IOException e) {
            throw new ResultsFileException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static JsonNode tree(Path file, String text) {
        if (text.isBlank()) {
            throw new ResultsFileException(file, "empty file (expected a JSON document)");
        }
        try {
            return MAPPER.readTree(text);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ResultsFileException(file, "not valid JSON" + where + " (truncated or corrupt?)", e);
        }
    }

    private static boolean isFleet(JsonNode root) {
        return root.isObject() && root.path("schema").asText("").equals(Fleet.SCHEMA);
    }

    private static RunResults parse(Path file, JsonNode root) {
        if (isFleet(root)) {
            throw new ResultsFileException(file, "holds the results of " + root.path("machines").size()
                    + " machines (" + Fleet.SCHEMA + "): this command reads one machine; 'arraybench report'"
                    + " reads them all");
        }
        RunResults results = root.isArray() ? JmhJsonImport.convert(file, root) : own(file, root);
        ResultsValidator.check(file, results);
        return results;
    }

    /** Fields added to {@value RunResults#SCHEMA} after its first files were written read as unknown. */
    private static void upgrade(JsonNode root) {
        if (root instanceof ObjectNode document && !document.has("dimensions")) {
            document.putNull("dimensions");
        }
        if (root.get("environment") instanceof ObjectNode environment && !environment.has("cpuId")) {
            environment.putNull("cpuId");
        }
        for (JsonNode benchmark : root.path("benchmarks")) {
            if (benchmark.get("derived") instanceof ObjectNode derived && !derived.has("bytesPerElement")) {
                derived.putNull("bytesPerElement");
            }
        }
    }

    private static RunResults own(Path file, JsonNode root) {
        JsonNode schema = root.get("schema");
        if (schema == null || !schema.isTextual()) {
            throw new ResultsFileException(file,
                    "no \"schema\" field (expected an " + RunResults.SCHEMA + " document or a JMH JSON array)");
        }
        if (!schema.asText().equals(RunResults.SCHEMA)) {
            throw new ResultsFileException(file, "schema \"" + schema.asText() + "\" is not supported (expected "
                    + RunResults.SCHEMA + " or " + Fleet.SCHEMA + ")");
        }
        upgrade(root);
        try {
            return MAPPER.treeToValue(root, RunResults.class);
        } catch (JacksonException e) {
            throw new ResultsFileException(file, SchemaMismatch.describe(e, root), e);
        }
    }
}
