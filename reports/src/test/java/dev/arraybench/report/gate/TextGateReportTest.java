package dev.arraybench.report.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arraybench.report.Escape;
import org.junit.jupiter.api.Test;

class TextGateReportTest {

    private static final String TEXT = GateFormat.TEXT.render(Fixture.comparison(), Fixture.FILES);

    @Test
    void shouldShowEachBenchmarkWithBothSidesTheRatioAndTheVerdict() {
        assertThat(TEXT).contains("REGRESSION    KernelBenchmark.run op=scale size=1M [avgt]",
                "  baseline 99.93 [99.13, 100.7]  current 119.9 [", "us/op (lower is better)", "  ratio 1.200 [",
                "+20.0%  test 1.200 [", "p = 2.9e-16", "EQUIVALENT    KernelBenchmark.run op=sum size=1M [avgt]");
    }

    @Test
    void shouldListRegressionsFirst() {
        assertThat(TEXT.indexOf("REGRESSION")).isLessThan(TEXT.indexOf("UNDECIDED"));
        assertThat(TEXT.indexOf("UNDECIDED")).isLessThan(TEXT.indexOf("EQUIVALENT"));
    }

    @Test
    void shouldEndWithTheSummaryAndTheOutcome() {
        assertThat(TEXT).endsWith("3 compared: 1 regression, 0 improvements, 1 equivalent, 1 undecided; "
                + "1 only in the baseline, 1 only in the current run (threshold 5%, confidence 99%)\n"
                + "FAIL: 1 regression\n");
    }

    @Test
    void shouldWarnAboutDifferentEnvironmentsAtTheTop() {
        assertThat(TEXT.lines().skip(2).findFirst()).hasValueSatisfying(line -> assertThat(line)
                .startsWith("WARNING: the two files were measured in different environments"));
        assertThat(TEXT).contains("  cpuModel    baseline: Xeon <8272CL>\n              current:  EPYC 7763\n");
    }

    @Test
    void shouldShowControlCharactersAsEscapes() {
        assertThat(TEXT).contains("\"q\"\\nnext `line` [avgt]");
        assertThat(Escape.text("a\u001b[31mred")).isEqualTo("a\\u001b[31mred");
    }
}
