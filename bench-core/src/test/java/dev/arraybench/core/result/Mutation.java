package dev.arraybench.core.result;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Ways to damage a file a reader must survive: cut it short, flip bytes, delete a field, swap a value for one
 * of another type, put a huge number or NaN where a number was. JSON mutations work on the parsed tree and
 * fall back to byte damage when the text is not JSON; text mutations cover {@code .properties} files.
 */
enum Mutation {

    TRUNCATE {
        @Override
        byte[] apply(byte[] seed, SplittableRandom random) {
            return Arrays.copyOf(seed, seed.length == 0 ? 0 : random.nextInt(seed.length));
        }
    },
    FLIP_BYTES {
        @Override
        byte[] apply(byte[] seed, SplittableRandom random) {
            byte[] copy = seed.clone();
            for (int flips = 1 + random.nextInt(8); flips > 0 && copy.length > 0; flips--) {
                copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
            }
            return copy;
        }
    },
    DELETE_FIELD {
        @Override
        JsonNode mutate(JsonNode node, SplittableRandom random) {
            if (node instanceof ObjectNode object && !object.isEmpty()) {
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                object.remove(names.get(random.nextInt(names.size())));
            } else if (node instanceof ArrayNode array && !array.isEmpty()) {
                array.remove(random.nextInt(array.size()));
            }
            return node;
        }
    },
    SWAP_TYPE {
        @Override
        JsonNode mutate(JsonNode node, SplittableRandom random) {
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            JsonNode[] others = {nodes.textNode("x"), nodes.numberNode(-1), nodes.booleanNode(true), nodes.nullNode(),
                nodes.arrayNode(), nodes.objectNode(), nodes.textNode(""), nodes.numberNode(0.5)};
            return others[random.nextInt(others.length)];
        }
    },
    HUGE_NUMBER {
        @Override
        JsonNode mutate(JsonNode node, SplittableRandom random) {
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            JsonNode[] huge = {nodes.numberNode(Double.MAX_VALUE), nodes.numberNode(-Double.MAX_VALUE),
                nodes.numberNode(Long.MAX_VALUE), nodes.numberNode(Long.MIN_VALUE),
                nodes.numberNode(BigInteger.TEN.pow(40)), nodes.numberNode(Integer.MIN_VALUE),
                nodes.numberNode(Double.MIN_VALUE)};
            return huge[random.nextInt(huge.length)];
        }
    },
    NAN {
        @Override
        JsonNode mutate(JsonNode node, SplittableRandom random) {
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            JsonNode[] nan = {nodes.textNode("NaN"), nodes.numberNode(Double.NaN), nodes.textNode("Infinity"),
                nodes.numberNode(Double.NEGATIVE_INFINITY), nodes.textNode("-Infinity")};
            return nan[random.nextInt(nan.length)];
        }
    },
    PROPERTY_VALUE {
        @Override
        byte[] apply(byte[] seed, SplittableRandom random) {
            String[] lines = new String(seed, StandardCharsets.ISO_8859_1).split("\n", -1);
            int line = random.nextInt(lines.length);
            int equals = lines[line].indexOf('=');
            String[] values = {"", "x", "-1", "NaN", "99999999999999999999", "never", "\\u12", "\\", "0", "1e9"};
            String value = values[random.nextInt(values.length)];
            if (random.nextInt(4) == 0) {
                lines[line] = "";
            } else {
                lines[line] = (equals < 0 ? lines[line] : lines[line].substring(0, equals)) + "=" + value;
            }
            return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
        }
    };

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The damaged copy of {@code seed}. */
    byte[] apply(byte[] seed, SplittableRandom random) {
        JsonNode root;
        try {
            root = MAPPER.readTree(seed);
        } catch (java.io.IOException notJson) {
            return FLIP_BYTES.apply(seed, random);
        }
        if (root == null || !root.isContainerNode()) {
            return FLIP_BYTES.apply(seed, random);
        }
        JsonNode changed = replaceRandomNode(root, random);
        try {
            return MAPPER.writeValueAsBytes(changed);
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The node the mutation puts in place of {@code node} (containers may be changed in place). */
    JsonNode mutate(JsonNode node, SplittableRandom random) {
        return node;
    }

    /** Walks down from the root to a random node, then mutates it (or its parent's slot for it). */
    private JsonNode replaceRandomNode(JsonNode root, SplittableRandom random) {
        JsonNode parent = null;
        Object slot = null;
        JsonNode node = root;
        while (node.isContainerNode() && !node.isEmpty() && random.nextInt(4) != 0) {
            parent = node;
            if (node instanceof ObjectNode object) {
                List<String> names = new ArrayList<>();
                Iterator<String> it = object.fieldNames();
                it.forEachRemaining(names::add);
                String name = names.get(random.nextInt(names.size()));
                slot = name;
                node = object.get(name);
            } else {
                int index = random.nextInt(node.size());
                slot = index;
                node = node.get(index);
            }
        }
        JsonNode replacement = mutate(node, random);
        if (parent == null) {
            return replacement;
        }
        if (parent instanceof ObjectNode object) {
            object.set((String) slot, replacement);
        } else {
            ((ArrayNode) parent).set((Integer) slot, replacement);
        }
        return root;
    }
}
