package dev.arraybench.report;

import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.analysis.BreakEven;
import dev.arraybench.core.analysis.Case;
import dev.arraybench.core.result.Environment;
import dev.arraybench.core.result.RunResults;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The break-evens of several machines side by side: each machine analysed on its own (a speedup never
 * divides times of two machines), then, per case and variant line (strategy and pool), the break-even of
 * each machine. A machine that ran a line on several thread counts shows its most threads, the default
 * of a run (all its processors).
 *
 * @param machines the machines, in the order given
 * @param cases every case any machine measured, by label, in display order
 * @param lines per case label, every variant line, in display order
 * @param breakEvens per case label and line, one break-even per machine ({@code null} where not measured)
 */
record FleetView(List<Machine> machines, List<String> cases, Map<String, List<String>> lines,
        Map<String, Map<String, List<BreakEven>>> breakEvens) {

    /**
     * One machine of the fleet.
     *
     * @param results its merged results
     * @param analysis their analysis
     */
    record Machine(RunResults results, Analysis analysis) {

        /** Processor, cores and JDK, such as {@code AMD EPYC, 2 cores, JDK 25.0.3+9-LTS}. */
        String label() {
            Environment e = results.environment();
            return e.cpuModel() + ", " + e.cores() + " cores, JDK " + e.jdkVersion();
        }
    }

    /** The view of {@code machines}, each read by the dimensions it carries. */
    static FleetView of(List<RunResults> machines) {
        List<Machine> analysed = machines.stream().map(r -> new Machine(r, Analysis.of(r))).toList();
        Map<String, Case> cases = new LinkedHashMap<>();
        Map<String, Map<String, BreakEven[]>> found = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> lineRanks = new LinkedHashMap<>();
        for (int m = 0; m < analysed.size(); m++) {
            Analysis analysis = analysed.get(m).analysis();
            for (BreakEven b : analysis.breakEvens()) {
                String kase = b.kase().label();
                cases.putIfAbsent(kase, b.kase());
                String line = b.variant().line();
                lineRanks.computeIfAbsent(kase, k -> new LinkedHashMap<>()).putIfAbsent(line, b.variant().rank());
                BreakEven[] perMachine = found.computeIfAbsent(kase, k -> new LinkedHashMap<>())
                        .computeIfAbsent(line, k -> new BreakEven[analysed.size()]);
                if (perMachine[m] == null || perMachine[m].variant().threads() < b.variant().threads()) {
                    perMachine[m] = b;
                }
            }
        }
        List<String> caseOrder = cases.values().stream().sorted().map(Case::label).distinct().toList();
        Map<String, List<String>> lines = new TreeMap<>();
        Map<String, Map<String, List<BreakEven>>> breakEvens = new LinkedHashMap<>();
        for (String kase : caseOrder) {
            Map<String, Integer> ranks = lineRanks.get(kase);
            List<String> ordered = new ArrayList<>(ranks.keySet());
            ordered.sort(Comparator.<String>comparingInt(ranks::get).thenComparing(Comparator.naturalOrder()));
            lines.put(kase, List.copyOf(ordered));
            Map<String, List<BreakEven>> byLine = new LinkedHashMap<>();
            for (String line : ordered) {
                byLine.put(line, Collections.unmodifiableList(Arrays.asList(found.get(kase).get(line).clone())));
            }
            breakEvens.put(kase, byLine);
        }
        return new FleetView(analysed, caseOrder, lines, breakEvens);
    }

    /** One cell of the fleet table: the break-even with its interval, and its thread count. */
    static String cell(BreakEven b) {
        if (b == null) {
            return "not measured";
        }
        String threads = b.variant().serial() ? "" : ", " + b.variant().threads()
                + (b.variant().threads() == 1 ? " thread" : " threads");
        return BreakEvenWords.estimate(b) + threads;
    }

    /** Per case, the table of break-evens: one row per line, one column per machine. */
    Table table(String kase) {
        List<String> headers = new ArrayList<>(List.of("variant"));
        for (int m = 0; m < machines.size(); m++) {
            headers.add("machine " + (m + 1) + ": " + machines.get(m).label());
        }
        Table table = Table.of(headers.toArray(String[]::new));
        for (Map.Entry<String, List<BreakEven>> line : breakEvens.get(kase).entrySet()) {
            List<String> cells = new ArrayList<>(List.of(line.getKey()));
            line.getValue().forEach(b -> cells.add(cell(b)));
            table = table.row(cells.toArray(String[]::new));
        }
        return table;
    }

    /** The machines: processor, cores, JDK, OS, Vector API width, benchmarks, when they ran. */
    Table machineTable() {
        Table table = Table.of("machine", "CPU", "cores", "JDK", "OS", "vector bits", "benchmarks", "run");
        for (int m = 0; m < machines.size(); m++) {
            Environment e = machines.get(m).results().environment();
            table = table.row(Integer.toString(m + 1), e.cpuModel(), Integer.toString(e.cores()),
                    e.jdkVendor() + " " + e.jdkVersion(), e.os(), Integer.toString(e.vectorBits()),
                    Integer.toString(machines.get(m).results().benchmarks().size()),
                    (e.started() == null ? "?" : e.started()) + " to " + (e.finished() == null ? "?" : e.finished()));
        }
        return table;
    }
}
