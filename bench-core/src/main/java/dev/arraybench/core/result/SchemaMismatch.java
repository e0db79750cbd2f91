package dev.arraybench.core.result;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Says in the user's words why a results document does not bind to the model: which field is missing or of
 * the wrong type, where ({@code benchmark #2: field "score"}), and what was expected. Never the parser's
 * class names or options: those tell a user nothing about the file they must fix.
 */
final class SchemaMismatch {

    private static final int SHOWN = 40;

    private SchemaMismatch() {
    }

    /** The problem {@code e} found in {@code root}, for a {@link ResultsFileException}. */
    static String describe(JacksonException e, JsonNode root) {
        List<JsonMappingException.Reference> path = e instanceof JsonMappingException bound ? bound.getPath() : List.of();
        if (path.isEmpty()) {
            return "does not match " + RunResults.SCHEMA + " (a value of the wrong type or out of range)";
        }
        String where = where(path);
        if (e instanceof ValueInstantiationException refused && refused.getCause() != null) {
            return where + ": " + refused.getCause().getMessage();
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        JsonNode node = at(root, path);
        String found = node.isMissingNode() ? "missing" : found(node);
        if (target != null) {
            return where + " is " + found + " (expected " + expected(target) + ")";
        }
        return where + " is " + found + (node.isNumber() ? " (out of range)" : " (not what " + RunResults.SCHEMA
                + " expects there)");
    }

    /** {@code field "settings.forks"}, or {@code benchmark #2: field "samples[0][3]"} inside a benchmark. */
    private static String where(List<JsonMappingException.Reference> path) {
        int from = 0;
        String benchmark = "";
        if (path.size() >= 2 && "benchmarks".equals(path.get(0).getFieldName()) && path.get(1).getIndex() >= 0) {
            benchmark = "benchmark #" + (path.get(1).getIndex() + 1) + ": ";
            from = 2;
        }
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference step : path.subList(from, path.size())) {
            if (step.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        if (field.isEmpty()) {
            return benchmark.isEmpty() ? "the document" : benchmark.substring(0, benchmark.length() - 2);
        }
        return benchmark + "field \"" + field + "\"";
    }

    private static JsonNode at(JsonNode root, List<JsonMappingException.Reference> path) {
        JsonNode node = root;
        for (JsonMappingException.Reference step : path) {
            node = step.getFieldName() != null ? node.path(step.getFieldName()) : node.path(step.getIndex());
        }
        return node;
    }

    private static String found(JsonNode node) {
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            String text = node.asText();
            return "the text \"" + (text.length() > SHOWN ? text.substring(0, SHOWN) + "..." : text) + "\"";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        return node.isArray() ? "a list" : "an object";
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return Map.class.isAssignableFrom(type) ? "an object of names and values" : "an object";
    }
}
