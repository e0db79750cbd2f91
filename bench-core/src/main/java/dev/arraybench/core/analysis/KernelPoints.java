package dev.arraybench.core.analysis;

import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.Dimensions;
import dev.arraybench.core.result.DerivedFigures;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.core.stats.HierarchicalBootstrap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Places a run's benchmarks in the analysis by its {@link Dimensions}: every result that has the size
 * parameter as a positive number, the variant (and, when the file has one, a positive thread count) and a
 * time or throughput unit. Anything else (phase and ceiling scenarios, unreadable values) is left out. The
 * case is every other parameter, plus the benchmark when the variant is a parameter or the benchmark's class
 * when the variant is its method; the benchmark part is left out of labels when every point shares it and the variant is a parameter. When
 * a case, variant and size was measured twice, the later result counts.
 */
public final class KernelPoints {

    /** Orders points by case, then variant, then size. */
    public static final Comparator<KernelPoint> ORDER = Comparator.comparing(KernelPoint::kase)
            .thenComparing(KernelPoint::variant).thenComparingLong(KernelPoint::size);

    private static final String BENCHMARK = "benchmark";

    private KernelPoints() {
    }

    /** The points of {@code results} read by {@code dimensions}, ordered by case, variant and size. */
    public static List<KernelPoint> of(RunResults results, Dimensions dimensions) {
        Set<String> benchmarks = new TreeSet<>();
        for (BenchmarkResult result : results.benchmarks()) {
            if (readable(result, dimensions)) {
                benchmarks.add(owner(result, dimensions));
            }
        }
        boolean showBenchmark = benchmarks.size() > 1 || dimensions.variantParam() == null;
        Map<List<Object>, KernelPoint> latest = new LinkedHashMap<>();
        for (BenchmarkResult result : results.benchmarks()) {
            if (readable(result, dimensions)) {
                KernelPoint point = point(result, dimensions, showBenchmark);
                latest.put(List.of(point.kase(), point.variant(), point.size()), point);
            }
        }
        List<KernelPoint> points = new ArrayList<>(latest.values());
        points.sort(ORDER);
        return List.copyOf(points);
    }

    /** The variant name of {@code result}, or {@code null} when it has none. */
    public static String variantName(BenchmarkResult result, Dimensions dimensions) {
        String param = dimensions.variantParam();
        return param == null ? simpleName(result.benchmark()) : result.param(param);
    }

    private static boolean readable(BenchmarkResult result, Dimensions dimensions) {
        return variantName(result, dimensions) != null
                && DerivedFigures.elements(result.param(dimensions.size())) > 0
                && threads(result, dimensions) > 0
                && Timing.nanosPerOp(result) != null;
    }

    private static KernelPoint point(BenchmarkResult result, Dimensions dimensions, boolean showBenchmark) {
        String name = variantName(result, dimensions);
        boolean serial = dimensions.threads() == null || dimensions.serial().contains(name);
        List<String> lines = new ArrayList<>();
        for (String line : dimensions.lines()) {
            String value = result.param(line);
            if (value != null && !serial) {
                lines.add(value);
            }
        }
        String variantKey = dimensions.variantParam() == null ? Dimensions.METHOD : dimensions.variantParam();
        Variant variant = new Variant(name, String.join(" ", lines), (int) threads(result, dimensions),
                dimensions.rank(variantKey, name), serial, name.equals(dimensions.baseline()));
        List<String> values = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        if (showBenchmark) {
            values.add(owner(result, dimensions));
            ranks.add(dimensions.rank(BENCHMARK, owner(result, dimensions)));
        }
        for (String param : dimensions.caseParams(result.params().keySet())) {
            values.add(result.param(param));
            ranks.add(dimensions.rank(param, result.param(param)));
        }
        double[][] samples = Timing.nanosPerOp(result);
        return new KernelPoint(new Case(values, ranks), variant, DerivedFigures.elements(result.param(dimensions.size())),
                result.param(dimensions.size()), HierarchicalBootstrap.analysis().mean(samples), samples, result);
    }

    /** The thread count: the thread parameter as a positive number, 1 without one, -1 when unreadable. */
    private static long threads(BenchmarkResult result, Dimensions dimensions) {
        if (dimensions.threads() == null || result.param(dimensions.threads()) == null) {
            return 1;
        }
        try {
            long threads = Long.parseLong(result.param(dimensions.threads()).trim());
            return threads > 0 && threads <= Integer.MAX_VALUE ? threads : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The benchmark method, or its class when the variant is the method, by simple names. */
    private static String owner(BenchmarkResult result, Dimensions dimensions) {
        String benchmark = result.benchmark();
        int dot = benchmark.lastIndexOf('.');
        String owner = dimensions.variantParam() == null && dot > 0 ? benchmark.substring(0, dot) : benchmark;
        int classDot = owner.lastIndexOf('.', dimensions.variantParam() == null ? owner.length() : dot - 1);
        return classDot < 0 ? owner : owner.substring(classDot + 1);
    }

    /** The simple name of a benchmark method: what follows the last dot. */
    static String simpleName(String benchmark) {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }
}
