package dev.arraybench.runner.plan;

import dev.arraybench.runner.UserError;
import dev.arraybench.scenarios.ForkFlags;
import dev.arraybench.scenarios.kernel.Op;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM flags of every benchmark fork, explicit so that the results file can say what ran: the modules
 * and access the kernels need ({@link ForkFlags#fork()}), {@code -XX:+AlwaysPreTouch} unless turned off, the
 * fork's heap and direct-memory sizes ({@link ForkSizing}, per benchmark), and last the user's own
 * {@code --jvm-arg} flags, so they win over ours.
 *
 * <p>Pre-touch makes the JVM fault in its whole initial heap at start-up, so allocations while measuring
 * never pay first-touch page faults; that is what the fresh arrays of {@code copy-parallel} would otherwise
 * pay on every new stretch of heap. It costs start-up time per fork, in proportion to {@code -Xms}, which
 * {@link ForkSizing} caps at 1 GiB.
 *
 * @param preTouch whether forks start with {@code -XX:+AlwaysPreTouch}
 * @param user the user's flags, in order
 */
public record JvmFlags(boolean preTouch, List<String> user) {

    /** The flag that pre-touches the heap. */
    static final String PRE_TOUCH = "-XX:+AlwaysPreTouch";

    /** Our defaults: pre-touch on, no user flags. */
    static final JvmFlags DEFAULT = new JvmFlags(true, List.of());

    /**
     * Checks the user's flags.
     *
     * @throws UserError naming a flag that does not start with {@code -}
     */
    public JvmFlags {
        user = List.copyOf(user);
        for (String flag : user) {
            if (flag.isBlank() || !flag.startsWith("-")) {
                throw new UserError("jvm-arg: '" + flag + "' (expected a JVM flag starting with '-', such as"
                        + " -XX:+UseParallelGC or --jvm-arg=-Xss4m)");
            }
        }
    }

    /**
     * The flags that compile a user's op apart, as {@link ForkFlags#fork()} compiles the built-in ones: its
     * range kernels never inlined into a caller, so a user's kernel is measured as the built-in ones are.
     * None for an op of arraybench's own kernel package, which the base flags already cover.
     */
    static List<String> compiledApart(Op op) {
        String type = op.getClass().getName();
        if (op.getClass().getPackageName().equals(Op.class.getPackageName())) {
            return List.of();
        }
        return List.of("-XX:CompileCommand=dontinline," + type + "::scalar",
                "-XX:CompileCommand=dontinline," + type + "::simd");
    }

    /** The flags every fork gets whatever it measures, as the results file records them. */
    public List<String> common() {
        return fork(List.of());
    }

    /** The flags of one fork: the common ones with {@code sizing} before the user's flags. */
    List<String> fork(List<String> sizing) {
        List<String> flags = new ArrayList<>(ForkFlags.fork());
        if (preTouch) {
            flags.add(PRE_TOUCH);
        }
        flags.addAll(sizing);
        flags.addAll(user);
        return List.copyOf(flags);
    }
}
