package dev.arraybench.scenarios;

import java.util.ArrayList;
import java.util.List;

/**
 * The one list of JVM flags the project's code needs, for every JVM that runs it: the Vector API module and
 * the access the kernels and the spin pool's CPU binding use ({@link #MODULES}: the same lines as
 * {@code bin/jvm.args}, which the launcher and the test JVMs read as a java argument file), and for every
 * benchmark fork, kernels compiled apart ({@link #fork()}). The {@code @Fork} annotations of the benchmark
 * classes name these constants (an annotation cannot take a list), and a test ties both the annotations and
 * {@code bin/jvm.args} to this class.
 *
 * <p>Why kernels are compiled apart: inlined into a pool's worker loop, C2 compiled the very same kernel
 * into code 10x slower in some forks (scalar sum of 1M int32 on forkjoin: 1.8 ms against 0.12 ms).
 * Compiled apart, a kernel is the same machine code under every strategy and pool, as an OpenMP region is
 * one outlined function, so strategies differ by dispatch alone; a call per range costs nothing measurable.
 */
public final class ForkFlags {

    /** The Vector API, an incubator module. */
    public static final String VECTOR = "--add-modules=jdk.incubator.vector";
    /** The foreign function API (CPU binding of the spin pool). */
    public static final String NATIVE = "--enable-native-access=ALL-UNNAMED";
    /** JMH's and the libraries' use of sun.misc.Unsafe, without a warning per fork. */
    public static final String UNSAFE = "--sun-misc-unsafe-memory-access=allow";
    /** No line per compile command on the console. */
    public static final String QUIET = "-XX:CompileCommand=quiet";
    /** Scalar range kernels compiled as methods of their own. */
    public static final String APART_SCALAR = "-XX:CompileCommand=dontinline,dev.arraybench.scenarios.kernel.*::scalar";
    /** SIMD range kernels compiled as methods of their own. */
    public static final String APART_SIMD = "-XX:CompileCommand=dontinline,dev.arraybench.scenarios.kernel.*::simd";

    /** The flags every JVM of the project needs: the lines of {@code bin/jvm.args}. */
    public static final List<String> MODULES = List.of(VECTOR, NATIVE, UNSAFE);

    private ForkFlags() {
    }

    /** The flags every benchmark fork starts with: {@link #MODULES}, then kernels compiled apart. */
    public static List<String> fork() {
        List<String> flags = new ArrayList<>(MODULES);
        flags.addAll(List.of(QUIET, APART_SCALAR, APART_SIMD));
        return List.copyOf(flags);
    }
}
