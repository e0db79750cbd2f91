package dev.arraybench.scenarios.kernel;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The catalogue of ops with their standard parameters: the single place a new op is registered. The
 * parameters are fixed so that results from different runs measure the same work.
 */
public final class Ops {

    /** The factor {@code scale} multiplies by, as in the original observation ({@code x *= 3}). */
    public static final double SCALE_FACTOR = 3;
    /** The range {@code clip} clips floats to: the middle half of the generated values. */
    public static final double CLIP_LO = -0.5;
    /** See {@link #CLIP_LO}. */
    public static final double CLIP_HI = 0.5;
    /** The range {@code clip} clips integers to: the middle half of the int32 range. */
    public static final long CLIP_INTEGER_LO = -(1L << 30);
    /** See {@link #CLIP_INTEGER_LO}. */
    public static final long CLIP_INTEGER_HI = 1L << 30;

    private static final List<Op> ALL = List.of(
            new Scale(SCALE_FACTOR), new Add(), new Clip(CLIP_LO, CLIP_HI, CLIP_INTEGER_LO, CLIP_INTEGER_HI), new Poly(),
            new Sum(), new Mean(), Extreme.min(), Extreme.max(), new Var());

    private Ops() {
    }

    /** Every op, in-place ones first, in the order reports list them. */
    public static List<Op> all() {
        return ALL;
    }

    /**
     * The op named {@code name}.
     *
     * @throws IllegalArgumentException naming the value and the known ops
     */
    public static Op byName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return ALL.stream()
                .filter(op -> op.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "op: '" + name + "' (expected one of " + names() + ")"));
    }

    /** The op names, comma separated. */
    public static String names() {
        return ALL.stream().map(Op::name).collect(Collectors.joining(", "));
    }
}
