package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.schema.Problem;
import io.github.councilplan.schema.ProblemCode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * {@code plan validate --format junit}: JUnit XML, parsed back here with the JDK's parser (CI
 * checks it with Python too, {@code .ci/results-outside-java}).
 */
class JunitReportTest {
    private static final String FIXTURES = "src/test/resources/fixtures/";
    private static final String PARTIAL = FIXTURES + "valid-partial-languages.json";
    private static final String BAD_ENUM = FIXTURES + "invalid-bad-enum.json";
    private static final String DUPLICATE_KEY = FIXTURES + "invalid-duplicate-key.yaml";
    private static final String NL = System.lineSeparator();

    /** A file that does not exist. */
    private static final String MISSING = FIXTURES + "no-such-file.json";

    @Example
    void thereIsOneTestCasePerFileNamedAsGiven() {
        Document xml = junit(PlanRun.THURROCK.toString(), PARTIAL, BAD_ENUM);

        List<Element> cases = elements(xml, "testcase");
        assertThat(cases).extracting(testcase -> testcase.getAttribute("name"))
                .containsExactly(PlanRun.THURROCK.toString(), PARTIAL, BAD_ENUM);
        assertThat(cases).allSatisfy(testcase -> assertThat(testcase.getAttribute("classname")).isEqualTo("plan.validate"));
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("testsuites");
        assertThat(elements(xml, "testsuite")).singleElement()
                .satisfies(suite -> assertThat(suite.getAttribute("name")).isEqualTo("plan validate"))
                .satisfies(suite -> assertThat(suite.getParentNode()).isSameAs(xml.getDocumentElement()));
    }

    @Example
    void theSuitesCountTestsFailuresAndErrors() {
        String missing = MISSING;

        Document xml = junit(PlanRun.THURROCK.toString(), BAD_ENUM, DUPLICATE_KEY, missing);

        for (Element counted : List.of(xml.getDocumentElement(), elements(xml, "testsuite").get(0))) {
            assertThat(counted.getAttribute("tests")).isEqualTo("4");
            assertThat(counted.getAttribute("failures")).isEqualTo("2");
            assertThat(counted.getAttribute("errors")).isEqualTo("1");
        }
    }

    @Example
    void anInvalidFileFailsWithItsFirstErrorAndEveryProblemOnALine() {
        PlanRun text = PlanRun.of("validate", DUPLICATE_KEY);

        Element failure = only(junit(DUPLICATE_KEY), "failure");

        List<String> problemLines = text.out().lines().filter(line -> line.startsWith(DUPLICATE_KEY + ":") && line
                .matches(".*:\\d+:\\d+: .*")).toList();
        assertThat(problemLines).isNotEmpty();
        assertThat(failure.getTextContent().strip().lines().toList()).isEqualTo(problemLines);
        assertThat(problemLines.get(0)).endsWith(": " + failure.getAttribute("message"));
        assertThat(failure.getAttribute("type")).isEqualTo(problemLines.get(0).split(" ")[2].replace(":", ""));
    }

    @Example
    void aValidFilesWarningsAreInSystemOutWithoutAFailure() {
        Document xml = junit(PARTIAL);

        assertThat(elements(xml, "failure")).isEmpty();
        assertThat(only(xml, "system-out").getTextContent()).contains("warning rule.partial-translation");
    }

    @Example
    void withStrictAFileWithOnlyWarningsFailsOnItsFirstWarning() {
        PlanRun run = PlanRun.of("validate", "--format", "junit", "--strict", PARTIAL);

        Element failure = only(parse(run.out()), "failure");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(failure.getAttribute("type")).isEqualTo("rule.partial-translation");
    }

    @Example
    void aFileThatCannotBeReadIsAnError() {
        String missing = MISSING;

        PlanRun run = PlanRun.of("validate", "--format", "junit", missing);

        Element error = only(parse(run.out()), "error");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_CHECK);
        assertThat(error.getAttribute("message")).isEqualTo("cannot read: no such file");
        assertThat(error.getAttribute("type")).isEqualTo("syntax.unreadable");
        assertThat(run.err()).isEqualTo("plan: " + missing + ": cannot read: no such file" + NL);
    }

    @Example
    void theSameFilesGiveTheSameBytes() {
        assertThat(PlanRun.of("validate", "--format", "junit", PARTIAL, BAD_ENUM).out())
                .isEqualTo(PlanRun.of("validate", "--format", "junit", PARTIAL, BAD_ENUM).out());
    }

    /**
     * Any text in a file name or a message, control characters and unpaired surrogates included,
     * gives well-formed XML that shows it as the command line shows text.
     */
    @Property(tries = 200)
    void anyTextGivesWellFormedXmlShowingItVisibly(@ForAll String name, @ForAll String message) {
        FileResult result = new FileResult(name, true, false,
                List.of(Problem.of(ProblemCode.SCHEMA_TYPE, message, "", 1, 1)), Map.of());
        StringWriter out = new StringWriter();
        JunitReportWriter writer = new JunitReportWriter(new PrintWriter(out));
        writer.write(result);
        writer.finish();

        Document xml = parse(out.toString());

        Element testcase = only(xml, "testcase");
        assertThat(testcase.getAttribute("name")).isEqualTo(shown(name));
        assertThat(only(xml, "failure").getAttribute("message")).isEqualTo(shown(message));
    }

    @Example
    void controlCharactersXmlCannotHoldAreShownAsEscapes() {
        assertThat(JunitReportWriter.escaped("a\u0000b\u001bc\uFFFEd\uD800")).isEqualTo("a\\u0000b\\u001bc\\ufffed\\ud800");
    }

    private static String shown(String text) {
        return JunitReportWriter.escaped(text);
    }

    private static Document junit(String... files) {
        List<String> arguments = new ArrayList<>(List.of("validate", "--format", "junit"));
        arguments.addAll(List.of(files));
        return parse(PlanRun.of(arguments.toArray(String[]::new)).out());
    }

    /** Parses XML with the JDK's parser, external entities and DTDs refused. */
    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    private static List<Element> elements(Document xml, String tag) {
        NodeList nodes = xml.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            elements.add((Element) node);
        }
        return elements;
    }

    private static Element only(Document xml, String tag) {
        List<Element> elements = elements(xml, tag);
        assertThat(elements).as(tag).hasSize(1);
        return elements.get(0);
    }
}
