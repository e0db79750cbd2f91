package dev.arraybench.report;

import dev.arraybench.core.analysis.Analysis;
import dev.arraybench.core.result.Environment;
import dev.arraybench.core.result.RunResults;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * The self-contained {@code index.html}: charts embedded as {@code data:} PNGs, one inline style sheet,
 * no script at all. Every string from the results file is escaped, and a Content-Security-Policy allows
 * only data: images and the one style sheet (by its hash), so even a string that slipped through could run
 * nothing and load nothing.
 */
public final class HtmlPage {

    private static final String CSS = """
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1a1a1a;\
            margin:0 auto;max-width:1120px;padding:0 24px 48px}
            h1{font-size:28px;margin:28px 0 4px}h2{margin-top:40px;border-bottom:1px solid #ddd;padding-bottom:4px}
            .meta{color:#555;margin:0}nav ul{display:flex;flex-wrap:wrap;gap:4px 18px;padding:0;list-style:none}
            .summary li{margin:6px 0}.howto li{margin:4px 0;color:#333}
            table{border-collapse:collapse;margin:12px 0;font-size:13px;width:100%}
            th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top;overflow-wrap:break-word}
            th{background:#f3f3f3}tbody tr:nth-child(even){background:#fafafa}
            figure{margin:18px 0 30px}img{max-width:100%;height:auto;border:1px solid #eee}
            figcaption{color:#444;font-size:13px;max-width:960px}
            .empty{color:#a00}
            """;

    private HtmlPage() {
    }

    /** The page for a run, its analysis, the decision map it leads with and the charts of each case. */
    static String render(RunResults results, Analysis analysis, Lead lead, List<CaseSection> sections) {
        Environment e = results.environment();
        StringBuilder out = new StringBuilder(1 << 16);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(policy()).append("\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>arraybench report</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<header>\n<h1>When does parallel array processing pay off?</h1>\n<p class=\"meta\">")
                .append(Escape.html("arraybench report · " + e.cpuModel() + ", " + e.cores() + " cores · "
                        + e.jdkVendor() + " " + e.jdkVersion() + " · " + e.os()
                        + (e.started() == null ? "" : " · run " + e.started())))
                .append("</p>\n</header>\n");
        out.append("<section id=\"summary\">\n<h2>Decision map</h2>\n");
        if (lead.rows().isEmpty()) {
            out.append("<p class=\"empty\">This file holds no kernel benchmark results to compare.</p>\n");
        } else {
            figure(out, lead.map());
            out.append("<ul class=\"summary\">\n");
            lead.rows().forEach(row -> out.append("<li><strong>").append(Escape.html(row.kase().label()))
                    .append("</strong>: ").append(DecisionWords.sentence(analysis, row, Escape::html))
                    .append("</li>\n"));
            out.append("</ul>\n");
        }
        out.append("</section>\n");
        nav(out, sections);
        out.append("<section id=\"how-to-read\">\n<h2>How to read this</h2>\n<ul class=\"howto\">\n");
        HowToRead.POINTS.forEach(p -> out.append("<li>").append(Escape.html(p)).append("</li>\n"));
        out.append("</ul>\n</section>\n");
        Table breakEvens = Conclusions.breakEvenTable(analysis);
        if (!breakEvens.isEmpty()) {
            out.append("<section id=\"break-even\">\n<h2>Break-even sizes</h2>\n").append(breakEvens.html("break-even"))
                    .append("</section>\n");
        }
        out.append("<section id=\"charts\">\n<h2>Charts</h2>\n");
        for (CaseSection section : sections) {
            out.append("<h3 id=\"case-").append(section.slug()).append("\">").append(Escape.html(section.kase().label()))
                    .append("</h3>\n");
            section.charts().forEach(chart -> figure(out, chart));
        }
        out.append("</section>\n");
        Table phases = Tables.phases(analysis);
        if (!phases.isEmpty()) {
            out.append("<section id=\"phases\">\n<h2>Copy-parallel phases</h2>\n")
                    .append("<p>Measured time per call of each phase (share of the total), and the traffic model's"
                            + " bytes per element for the same phases.</p>\n")
                    .append(phases.html("phases")).append("</section>\n");
        }
        out.append("<section id=\"environment\">\n<h2>Environment</h2>\n")
                .append(Tables.environment(results).html("environment")).append("</section>\n")
                .append("<section id=\"results\">\n<h2>All results</h2>\n")
                .append(Tables.results(results, analysis).html("results")).append("</section>\n")
                .append("<footer><p class=\"meta\">").append(Escape.html("Generated by arraybench from a results"
                        + " file of arraybench " + e.toolVersion() + "."))
                .append("</p></footer>\n</body>\n</html>\n");
        return out.toString();
    }

    /** The one style sheet, which {@link #policy} allows by its hash. */
    public static String css() {
        return CSS;
    }

    /** The Content-Security-Policy: nothing but data: images and this page's own style sheet. */
    public static String policy() {
        return "default-src 'none'; img-src data:; style-src '" + styleHash() + "'; base-uri 'none'; "
                + "form-action 'none'";
    }

    private static void nav(StringBuilder out, List<CaseSection> sections) {
        out.append("<nav>\n<ul>\n<li><a href=\"#summary\">Decision map</a></li>\n")
                .append("<li><a href=\"#break-even\">Break-even sizes</a></li>\n");
        sections.forEach(s -> out.append("<li><a href=\"#case-").append(s.slug()).append("\">")
                .append(Escape.html(s.kase().label())).append("</a></li>\n"));
        out.append("<li><a href=\"#environment\">Environment</a></li>\n<li><a href=\"#results\">All results</a></li>\n")
                .append("</ul>\n</nav>\n");
    }

    private static void figure(StringBuilder out, ChartImage chart) {
        out.append("<figure>\n<img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(chart.png()))
                .append("\" width=\"").append(ChartStyle.WIDTH).append("\" height=\"").append(ChartStyle.HEIGHT)
                .append("\" alt=\"").append(Escape.html(chart.title())).append("\">\n<figcaption><strong>")
                .append(Escape.html(chart.title())).append(".</strong> ").append(Escape.html(chart.caption()))
                .append("</figcaption>\n</figure>\n");
    }

    private static String styleHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(CSS.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
