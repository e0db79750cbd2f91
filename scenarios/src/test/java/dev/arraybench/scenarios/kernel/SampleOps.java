package dev.arraybench.scenarios.kernel;

import dev.arraybench.scenarios.data.DType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Ops as a user writes them, outside arraybench's own classes and registered only through a services file
 * of their own: two correct ones ({@link Negate}, a one-input in-place op with only a scalar kernel, and
 * {@link Dot}, a two-input reduction, which the contract test checks beside the built-in ones) and a wrong
 * one ({@link SkipsFirst}).
 */
public final class SampleOps {

    private SampleOps() {
    }

    /** The ops on the class path and the correct sample ops, registered in {@code target/sample-ops}. */
    public static Ops withSamples() {
        return discover(Path.of("target", "sample-ops"), Negate.class, Dot.class);
    }

    /**
     * The ops a loader sees when a jar (here a folder) registers {@code ops} beside the class path's own.
     *
     * @param folder an empty folder that takes the services file
     */
    public static Ops discover(Path folder, Class<?>... ops) {
        Path services = folder.resolve("META-INF/services/" + Op.class.getName());
        try {
            Files.createDirectories(services.getParent());
            Files.writeString(services, Arrays.stream(ops).map(Class::getName).collect(Collectors.joining("\n", "", "\n")));
            return Ops.discover(new URLClassLoader(new URL[] {folder.toUri().toURL()},
                    SampleOps.class.getClassLoader()));
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("folder: " + folder, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code x[i] = -x[i]}: exact, integers wrap; two calls give back the start, so it is steady. */
    public static class Negate implements InPlaceOp {

        @Override
        public String name() {
            return "negate";
        }

        @Override
        public String description() {
            return "x[i] = -x[i] (a user's op)";
        }

        @Override
        public void scalar(Operands in, long from, long to) {
            DType type = in.type();
            MemorySegment x = in.x();
            for (long i = from; i < to; i++) {
                if (type.integral()) {
                    type.setLong(x, i, -type.getAsLong(x, i));
                } else {
                    type.setDouble(x, i, -type.getAsDouble(x, i));
                }
            }
        }

        @Override
        public long reference(DType type, long v, long w) {
            return type.narrow(-v);
        }

        @Override
        public double reference(DType type, double v, double w) {
            return -v;
        }
    }

    /** {@link Negate} that forgets the first element of every range it is given: a fast wrong answer. */
    public static final class SkipsFirst extends Negate {

        @Override
        public String name() {
            return "skips-first";
        }

        @Override
        public String description() {
            return "negate, but not the first element of a range";
        }

        @Override
        public void scalar(Operands in, long from, long to) {
            super.scalar(in, Math.min(from + 1, to), to);
        }
    }

    /**
     * The dot product of {@code x} and {@code y}: a {@link Long} (wrapping) for integers, a {@link Double}
     * for floats, within {@code 1e-10} of the sum of the products' magnitudes.
     */
    public static class Dot implements ReductionOp<Number> {

        @Override
        public String name() {
            return "dot";
        }

        @Override
        public String description() {
            return "sum of x[i] * y[i] (a user's two-input reduction)";
        }

        @Override
        public int inputs() {
            return 2;
        }

        @Override
        public Number scalar(Operands in, long from, long to) {
            DType type = in.type();
            if (type.integral()) {
                long sum = 0;
                for (long i = from; i < to; i++) {
                    sum += type.getAsLong(in.x(), i) * type.getAsLong(in.y(), i);
                }
                return sum;
            }
            double sum = 0;
            for (long i = from; i < to; i++) {
                sum += type.getAsDouble(in.x(), i) * type.getAsDouble(in.y(), i);
            }
            return sum;
        }

        @Override
        public Number combine(Number left, Number right) {
            return left instanceof Long l && right instanceof Long r ? (Number) (l + r)
                    : (Number) (left.doubleValue() + right.doubleValue());
        }

        @Override
        public Number finish(Number whole, long length) {
            return whole;
        }

        @Override
        public Number reference(Operands in) {
            DType type = in.type();
            long wrapped = 0;
            double real = 0;
            for (long i = 0; i < in.length(); i++) {
                if (type.integral()) {
                    wrapped += type.getAsLong(in.x(), i) * type.getAsLong(in.y(), i);
                } else {
                    real += type.getAsDouble(in.x(), i) * type.getAsDouble(in.y(), i);
                }
            }
            return type.integral() ? (Number) wrapped : (Number) real;
        }

        @Override
        public double tolerance(Operands in, Number expected) {
            double magnitude = 0;
            for (long i = 0; i < in.length(); i++) {
                magnitude += Math.abs(in.type().getAsDouble(in.x(), i) * in.type().getAsDouble(in.y(), i));
            }
            return 1e-10 * magnitude;
        }
    }
}
