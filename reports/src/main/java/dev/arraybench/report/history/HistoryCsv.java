package dev.arraybench.report.history;

import dev.arraybench.core.history.CommitPoint;
import dev.arraybench.core.history.Series;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The history as CSV in the shape Apache Otava reads: one row per machine class and commit (time, commit,
 * machine), one column per benchmark holding that commit's mean of fork means; empty where not measured.
 */
public final class HistoryCsv {

    private HistoryCsv() {
    }

    /** The CSV text of {@code series}, rows in time order. */
    public static String render(List<Series> series) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, String[]> rows = new TreeMap<>();
        Map<String, Map<Integer, Double>> cells = new LinkedHashMap<>();
        for (Series one : series) {
            int column = columns.computeIfAbsent(one.benchmark() + " (" + one.unit() + ")", k -> columns.size());
            for (CommitPoint point : one.points()) {
                String key = point.time() + "\n" + one.machineKey() + "\n" + point.commit();
                rows.putIfAbsent(key, new String[] {point.time(), point.commit(), one.machine()});
                cells.computeIfAbsent(key, k -> new TreeMap<>()).put(column, point.value());
            }
        }
        StringBuilder out = new StringBuilder("time,commit,machine");
        columns.keySet().forEach(name -> out.append(',').append(quote(name)));
        out.append('\n');
        for (Map.Entry<String, String[]> row : rows.entrySet()) {
            List<String> fields = new ArrayList<>();
            for (String value : row.getValue()) {
                fields.add(quote(value));
            }
            Map<Integer, Double> values = cells.get(row.getKey());
            for (int c = 0; c < columns.size(); c++) {
                Double value = values.get(c);
                fields.add(value == null ? "" : String.format(Locale.ROOT, "%s", value));
            }
            out.append(String.join(",", fields)).append('\n');
        }
        return out.toString();
    }

    private static String quote(String field) {
        boolean plain = field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
    }
}
