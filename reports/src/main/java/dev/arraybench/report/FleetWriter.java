package dev.arraybench.report;

import dev.arraybench.core.io.AtomicFile;
import dev.arraybench.core.result.RunResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Renders the fleet report of several machines into one folder: {@code index.html} and {@code summary.md}
 * with, per case, the break-even of every variant on every machine (a table and a chart), and each
 * machine's own full report in {@code machine-N/}. Reads the result model only.
 */
public final class FleetWriter {

    private FleetWriter() {
    }

    /**
     * Writes the fleet report of {@code machines} (each with its dimensions) into {@code folder}.
     *
     * @throws IOException when the folder or a file cannot be written
     */
    public static Report write(List<RunResults> machines, Path folder) throws IOException {
        System.setProperty("java.awt.headless", "true");
        FleetView view = FleetView.of(machines);
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (int m = 0; m < machines.size(); m++) {
            written.addAll(ReportWriter.write(machines.get(m), folder.resolve(machineFolder(m))).charts());
        }
        StringBuilder html = new StringBuilder(1 << 16);
        StringBuilder md = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(HtmlPage.policy())
                .append("\">\n<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<title>arraybench fleet report</title>\n<style>").append(HtmlPage.css())
                .append("</style>\n</head>\n<body>\n<h1>How break-even moves across machines</h1>\n")
                .append("<p class=\"meta\">").append(Escape.html(machines.size() + " machines, each analysed on its"
                        + " own results; a break-even reads as the size from which a variant is reliably faster than"
                        + " the baseline, with its 95% interval in brackets.")).append("</p>\n")
                .append("<h2>Machines</h2>\n").append(view.machineTable().html("machines")).append("<ul>\n");
        md.append("# How break-even moves across machines\n\n").append(machines.size()).append(" machines, each"
                + " analysed on its own results; a break-even reads as the size from which a variant is reliably"
                + " faster than the baseline, with its 95% interval in brackets.\n\n## Machines\n\n")
                .append(view.machineTable().markdown()).append('\n');
        for (int m = 0; m < machines.size(); m++) {
            String link = machineFolder(m) + "/" + ReportWriter.INDEX;
            html.append("<li><a href=\"").append(link).append("\">").append(Escape.html("machine " + (m + 1)
                    + ": full report")).append("</a></li>\n");
            md.append("- [machine ").append(m + 1).append(": full report](").append(machineFolder(m)).append('/')
                    .append(ReportWriter.SUMMARY).append(")\n");
        }
        html.append("</ul>\n");
        for (String kase : view.cases()) {
            String slug = Escape.slug(kase);
            html.append("<h2>").append(Escape.html(kase)).append("</h2>\n").append(view.table(kase).html("fleet"));
            md.append("\n## ").append(Escape.markdown(kase)).append("\n\n").append(view.table(kase).markdown());
            ChartImage chart = FleetChart.of(view, kase, slug);
            if (chart != null) {
                Path file = folder.resolve(chart.fileName());
                AtomicFile.write(file, chart.png());
                written.add(file);
                html.append("<figure>\n<img src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(chart.png())).append("\" width=\"")
                        .append(ChartStyle.WIDTH).append("\" height=\"").append(ChartStyle.HEIGHT).append("\" alt=\"")
                        .append(Escape.html(chart.title())).append("\">\n<figcaption>")
                        .append(Escape.html(chart.caption())).append("</figcaption>\n</figure>\n");
                md.append("\n![").append(Escape.markdown(chart.title())).append("](").append(chart.fileName())
                        .append(")\n");
            }
        }
        html.append("</body>\n</html>\n");
        Path index = folder.resolve(ReportWriter.INDEX);
        AtomicFile.write(index, html);
        Path summary = folder.resolve(ReportWriter.SUMMARY);
        AtomicFile.write(summary, md);
        return new Report(index, summary, written);
    }

    private static String machineFolder(int index) {
        return "machine-" + (index + 1);
    }
}
