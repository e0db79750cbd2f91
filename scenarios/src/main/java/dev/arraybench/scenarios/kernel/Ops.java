package dev.arraybench.scenarios.kernel;

import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The ops a class loader can see, found with {@link ServiceLoader}: every class named in a
 * {@code META-INF/services/dev.arraybench.scenarios.kernel.Op} file, built-in ones first in the order of
 * arraybench's own file, then the ones a user added (from another jar), in the order found. Adding a
 * built-in op is its class plus one line in {@code scenarios/src/main/resources/META-INF/services}.
 */
public final class Ops {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final CodeSource BUILT_IN = Op.class.getProtectionDomain().getCodeSource();

    private final List<Op> all;

    private Ops(List<Op> all) {
        this.all = List.copyOf(all);
    }

    /** The ops on this JVM's class path: the built-in ones, and in a benchmark fork also the user's. */
    public static Ops onClassPath() {
        return OnClassPath.OPS;
    }

    /**
     * The ops {@code loader} can see.
     *
     * @throws IllegalArgumentException when a registered class cannot be loaded or made, names itself in a
     *     way the command line cannot take, or shares its name with another op (naming the class)
     */
    public static Ops discover(ClassLoader loader) {
        List<Op> found = new ArrayList<>();
        try {
            for (Op op : ServiceLoader.load(Op.class, loader)) {
                found.add(op);
            }
        } catch (ServiceConfigurationError broken) {
            throw new IllegalArgumentException("op: " + broken.getMessage()
                    + " (expected a public class with a public no-argument constructor implementing "
                    + Op.class.getName() + ")", broken);
        }
        Map<String, Op> byName = new LinkedHashMap<>();
        for (Op op : found) {
            String name = op.name();
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("op: " + op.getClass().getName() + " is named '" + name
                        + "' (expected lower-case letters, digits and '-', starting with a letter)");
            }
            Op before = byName.putIfAbsent(name, op);
            if (before != null) {
                throw new IllegalArgumentException("op: '" + name + "' is registered twice, by "
                        + before.getClass().getName() + " and " + op.getClass().getName() + " (expected unique names)");
            }
        }
        return new Ops(found.stream().sorted(Comparator.comparing(op -> !builtIn(op))).toList());
    }

    /** Whether {@code op} comes with arraybench (from the same jar or folder as {@link Op}) rather than a user. */
    public static boolean builtIn(Op op) {
        return Objects.equals(op.getClass().getProtectionDomain().getCodeSource(), BUILT_IN);
    }

    /** Every op, built-in ones first, in-place ones first among those, in the order reports list them. */
    public List<Op> all() {
        return all;
    }

    /** The ops a user added: every op that is not {@linkplain #builtIn built in}. */
    public List<Op> added() {
        return all.stream().filter(op -> !builtIn(op)).toList();
    }

    /**
     * The op named {@code name}.
     *
     * @throws IllegalArgumentException naming the value and the known ops
     */
    public Op byName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return all.stream()
                .filter(op -> op.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "op: '" + name + "' (expected one of " + names() + ")"));
    }

    /** The op names, comma separated. */
    public String names() {
        return all.stream().map(Op::name).collect(Collectors.joining(", "));
    }

    /** Discovered once, on first use. */
    private static final class OnClassPath {
        static final Ops OPS = discover(Op.class.getClassLoader());
    }
}
