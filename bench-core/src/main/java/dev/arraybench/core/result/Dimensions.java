package dev.arraybench.core.result;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the analysis needs to know about a results file's benchmarks, carried in the file as data so that
 * {@code report}, {@code advise} and {@code compare} work on files from anywhere without any class of the
 * subject: which parameter is the size, what makes a variant, which variant is the baseline, and in which
 * order values are shown. Every benchmark parameter that is neither the size nor part of the variant belongs
 * to the case (with the benchmark method when the variant is a parameter, or its class when the variant is
 * the method).
 *
 * @param size the parameter holding the size in elements, such as {@code size}
 * @param variant {@value #METHOD} (the benchmark method's simple name) or {@code param:NAME}
 * @param baseline the variant every other variant is compared with, such as {@code sequential}
 * @param lines further parameters that split a variant into chart lines, such as {@code pool}; empty when none
 * @param threads the parameter holding the thread count, {@code null} when there is none
 * @param serial variants that ran on one thread with no pool: their line parameters and thread count are
 *     not part of their identity
 * @param order known values of each parameter (and of {@value #METHOD}) in display order; other values
 *     follow them
 * @param phaseBenchmark the class whose methods time the phases of one variant, {@code null} when none
 * @param phases the phase methods of {@code phaseBenchmark} in the order they run
 * @param bytesPerElement bytes moved per element by every benchmark that does not record its own
 *     ({@code --bytes-per-element}), {@code null} when not given
 */
public record Dimensions(
        String size,
        String variant,
        String baseline,
        List<String> lines,
        String threads,
        List<String> serial,
        Map<String, List<String>> order,
        String phaseBenchmark,
        List<String> phases,
        Double bytesPerElement) {

    /** The variant spelled as the benchmark method's simple name. */
    public static final String METHOD = "method";
    /** The prefix of a variant spelled as a parameter. */
    public static final String PARAM = "param:";

    /** Checks the names, fills in empty lists, and keeps everything unchangeable. */
    public Dimensions {
        if (size == null || size.isBlank()) {
            throw new IllegalArgumentException("size parameter: missing (expected a parameter name)");
        }
        if (variant == null || !(variant.equals(METHOD) || variant.startsWith(PARAM) && variant.length() > PARAM.length())) {
            throw new IllegalArgumentException("variant: '" + variant + "' (expected method or param:NAME)");
        }
        if (baseline == null || baseline.isBlank()) {
            throw new IllegalArgumentException("baseline variant: missing (expected one of the variants)");
        }
        lines = lines == null ? List.of() : List.copyOf(lines);
        serial = serial == null ? List.of() : List.copyOf(serial);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (order != null) {
            order.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        }
        order = Collections.unmodifiableMap(copy);
        phases = phases == null ? List.of() : List.copyOf(phases);
        if (bytesPerElement != null && !(bytesPerElement > 0 && Double.isFinite(bytesPerElement))) {
            throw new IllegalArgumentException("bytes per element: " + bytesPerElement + " (expected a positive number)");
        }
    }

    /**
     * Dimensions given on the command line for a file that does not carry its own: a size parameter, a
     * variant and a baseline, nothing else.
     */
    public static Dimensions of(String size, String variant, String baseline) {
        return new Dimensions(size, variant, baseline, List.of(), null, List.of(), Map.of(), null, List.of(), null);
    }

    /** The variant parameter's name, or {@code null} when the variant is the method. */
    public String variantParam() {
        return variant.equals(METHOD) ? null : variant.substring(PARAM.length());
    }

    /**
     * These dimensions with the size, variant, baseline and bytes per element replaced where they are not
     * {@code null}. A new variant drops the line, thread and serial settings, which belong to the old one.
     */
    public Dimensions with(String newSize, String newVariant, String newBaseline, Double newBytes) {
        boolean sameVariant = newVariant == null || newVariant.equals(variant);
        return new Dimensions(newSize == null ? size : newSize, sameVariant ? variant : newVariant,
                newBaseline == null ? baseline : newBaseline, sameVariant ? lines : List.of(),
                sameVariant ? threads : null, sameVariant ? serial : List.of(), order, phaseBenchmark, phases,
                newBytes == null ? bytesPerElement : newBytes);
    }

    /** The parameters that make up the variant and its lines, which are not part of the case. */
    public Set<String> variantParams() {
        Set<String> names = new LinkedHashSet<>();
        if (variantParam() != null) {
            names.add(variantParam());
        }
        names.addAll(lines);
        if (threads != null) {
            names.add(threads);
        }
        return names;
    }

    /** The rank of {@code value} among the known values of {@code name}: its index, or after all of them. */
    public int rank(String name, String value) {
        List<String> known = order.getOrDefault(name, List.of());
        int index = known.indexOf(value);
        return index < 0 ? known.size() : index;
    }

    /** The case parameters of {@code params}: every one that is neither the size nor part of the variant. */
    public List<String> caseParams(Iterable<String> params) {
        List<String> names = new ArrayList<>();
        Set<String> variantParams = variantParams();
        for (String name : params) {
            if (!name.equals(size) && !variantParams.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }
}
