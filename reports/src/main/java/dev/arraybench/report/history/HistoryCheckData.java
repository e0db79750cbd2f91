package dev.arraybench.report.history;

import static dev.arraybench.report.Escape.xml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arraybench.core.history.ChangeGroup;
import dev.arraybench.core.history.HistoryCheck;
import dev.arraybench.core.history.SeriesChange;
import java.util.List;
import java.util.Locale;

/** {@code history check} for tools: a JSON document, or JUnit XML with recent regressions as failures. */
final class HistoryCheckData {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private HistoryCheckData() {
    }

    static String json(HistoryCheck check) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", "arraybench-history-check/1");
        root.put("branch", check.branch());
        root.put("series", check.series());
        root.put("commits", check.commits());
        root.put("threshold", check.threshold());
        root.put("confidence", check.confidence());
        root.put("recent", check.recent());
        root.put("failed", check.failed());
        root.put("outcome", ChangeWords.outcome(check));
        ArrayNode groups = root.putArray("changes");
        for (ChangeGroup group : check.groups()) {
            ObjectNode node = groups.addObject();
            node.put("machine", group.machine());
            node.put("lastBefore", group.lastBefore());
            node.put("firstAfter", group.firstAfter());
            ArrayNode benchmarks = node.putArray("benchmarks");
            for (SeriesChange change : group.changes()) {
                ObjectNode b = benchmarks.addObject();
                b.put("benchmark", change.series().benchmark().benchmark());
                b.put("mode", change.series().benchmark().mode());
                change.series().benchmark().params().forEach(b.putObject("params")::put);
                b.put("verdict", ChangeWords.verdict(change));
                b.put("size", change.change().size());
                b.put("low", change.change().low());
                b.put("high", change.change().high());
                b.put("before", change.change().before());
                b.put("after", change.change().after());
                b.put("unit", change.series().unit());
                b.put("pValue", change.change().pValue());
                b.put("commitsSince", change.commitsSince());
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("history check: cannot be written as JSON", e);
        }
    }

    static String junit(HistoryCheck check) {
        List<SeriesChange> changes = check.groups().stream().flatMap(g -> g.changes().stream()).toList();
        List<SeriesChange> failing = check.recentRegressions();
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append(String.format(Locale.ROOT, "<testsuite name=\"arraybench history check\" tests=\"%d\""
                + " failures=\"%d\" errors=\"0\" skipped=\"0\">%n", Math.max(1, changes.size()), failing.size()));
        if (changes.isEmpty()) {
            out.append("  <testcase classname=\"arraybench.history\" name=\"").append(xml(check.branch()))
                    .append(": no change point\"/>\n");
        }
        for (SeriesChange change : changes) {
            String name = change.series().benchmark() + " on " + change.series().machine() + " at "
                    + change.commitRange();
            String detail = ChangeWords.verdict(change) + " " + ChangeWords.size(change.change()) + ", "
                    + ChangeWords.levels(change) + ", " + ChangeWords.pValue(change.change());
            out.append("  <testcase classname=\"arraybench.history\" name=\"").append(xml(name)).append('"');
            if (failing.contains(change)) {
                out.append(">\n    <failure message=\"").append(xml(detail)).append("\"/>\n  </testcase>\n");
            } else {
                out.append(">\n    <system-out>").append(xml(detail)).append("</system-out>\n  </testcase>\n");
            }
        }
        return out.append("</testsuite>\n").toString();
    }
}
