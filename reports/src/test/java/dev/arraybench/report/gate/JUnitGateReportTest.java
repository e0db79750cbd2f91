package dev.arraybench.report.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arraybench.report.Escape;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitGateReportTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element testcase(Document document, String name) {
        NodeList cases = document.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element testcase = (Element) cases.item(i);
            if (testcase.getAttribute("name").equals(name)) {
                return testcase;
            }
        }
        throw new AssertionError("no testcase " + name);
    }

    @Test
    void shouldWriteOneTestCasePerBenchmarkWithRegressionsAsFailures() throws Exception {
        Document document = parse(GateFormat.JUNIT.render(Fixture.comparison(), Fixture.FILES));
        Element suite = (Element) document.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("tests")).isEqualTo("5");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("3");
        Element regression = testcase(document, "op=scale size=1M [avgt]");
        assertThat(regression.getAttribute("classname")).isEqualTo("dev.arraybench.scenarios.KernelBenchmark.run");
        Element failure = (Element) regression.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("regression");
        assertThat(failure.getTextContent()).contains("ratio 1.200 [");
        assertThat(testcase(document, "op=sum size=1M [avgt]").getElementsByTagName("failure").getLength())
                .isZero();
    }

    @Test
    void shouldCarryHostileParametersThroughUnchanged() throws Exception {
        String xml = GateFormat.JUNIT.render(Fixture.comparison(), Fixture.FILES);
        assertThat(xml).doesNotContain("<script>", "]]>", "CDATA");
        Element inconclusive = testcase(parse(xml), "op=" + Fixture.HOSTILE + " [avgt]");
        assertThat(inconclusive.getElementsByTagName("skipped").getLength()).isOne();
    }

    @Test
    void shouldReplaceCharactersXmlCannotHold() throws Exception {
        assertThat(Escape.xml("a\u0000b\u001bc\uD800")).isEqualTo("a\uFFFDb\uFFFDc\uFFFD");
        parse("<x a=\"" + Escape.xml("\u0001]]>\n") + "\">" + Escape.xml("]]>") + "</x>");
    }

    @Test
    void shouldFailMissingBenchmarksOnlyWhenStrict() throws Exception {
        Document strict = parse(GateFormat.JUNIT.render(Fixture.comparison(true), Fixture.FILES));
        Element suite = (Element) strict.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("failures")).isEqualTo("3");
        Element missing = testcase(strict, "op=scale size=2M [avgt]");
        assertThat(((Element) missing.getElementsByTagName("failure").item(0)).getAttribute("type"))
                .isEqualTo("missing");
    }

    @Test
    void shouldReportDifferentEnvironmentsOnTheSuite() throws Exception {
        Document document = parse(GateFormat.JUNIT.render(Fixture.comparison(), Fixture.FILES));
        assertThat(document.getElementsByTagName("system-err").item(0).getTextContent())
                .contains("cpuModel: baseline Xeon <8272CL>, current EPYC 7763");
    }
}
