package dev.arraybench.report;

import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.analysis.Case;
import dev.arraybench.core.io.AtomicFile;
import dev.arraybench.core.result.RunResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders a report from a run's results: {@code index.html} (one self-contained file with every chart
 * embedded), {@code summary.md} and the PNG charts it links to, all in one folder. Reads the result model
 * only; never runs a benchmark. Charts render headless ({@code java.awt.headless=true}).
 */
public final class ReportWriter {

    /** The HTML page's file name. */
    public static final String INDEX = "index.html";
    /** The Markdown summary's file name. */
    public static final String SUMMARY = "summary.md";

    private ReportWriter() {
    }

    /**
     * Writes the report of {@code results} into {@code folder}, creating it, replacing files of the same
     * names and leaving other files alone.
     *
     * @throws IOException when the folder or a file cannot be written
     */
    public static Report write(RunResults results, Path folder) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Analysis analysis = Analysis.of(results);
        List<CaseSection> sections = sections(analysis);
        Lead lead = Lead.of(analysis);
        Files.createDirectories(folder);
        List<Path> charts = new ArrayList<>();
        if (lead.map() != null) {
            Path file = folder.resolve(lead.map().fileName());
            AtomicFile.write(file, lead.map().png());
            charts.add(file);
        }
        for (CaseSection section : sections) {
            for (ChartImage chart : section.charts()) {
                Path file = folder.resolve(chart.fileName());
                AtomicFile.write(file, chart.png());
                charts.add(file);
            }
        }
        Path index = folder.resolve(INDEX);
        AtomicFile.write(index, HtmlPage.render(results, analysis, lead, sections));
        Path summary = folder.resolve(SUMMARY);
        AtomicFile.write(summary, MarkdownSummary.render(results, analysis, lead, sections));
        return new Report(index, summary, charts);
    }

    /** The summary alone, as {@link #write} writes it (charts are rendered to name them). */
    static String summary(RunResults results) {
        System.setProperty("java.awt.headless", "true");
        Analysis analysis = Analysis.of(results);
        return MarkdownSummary.render(results, analysis, Lead.of(analysis), sections(analysis));
    }

    /** The page alone, as {@link #write} writes it. */
    static String page(RunResults results) {
        System.setProperty("java.awt.headless", "true");
        Analysis analysis = Analysis.of(results);
        return HtmlPage.render(results, analysis, Lead.of(analysis), sections(analysis));
    }

    private static List<CaseSection> sections(Analysis analysis) {
        Set<String> taken = new HashSet<>();
        List<CaseSection> sections = new ArrayList<>();
        for (Case kase : analysis.cases()) {
            String base = Escape.slug(kase.label());
            String slug = base;
            for (int n = 2; !taken.add(slug); n++) {
                slug = base + "-" + n;
            }
            sections.add(new CaseSection(kase, slug, CaseCharts.of(analysis, kase, slug)));
        }
        return sections;
    }
}
