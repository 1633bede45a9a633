package io.github.councilplan.cli;

import io.github.councilplan.schema.Problem;
import io.github.councilplan.schema.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes results as JUnit XML, the report CI servers read, after the last file:
 * {@code <testsuites>} holding one {@code <testsuite name="plan validate">}, which holds one
 * {@code <testcase>} per file, named as the file was given, with classname {@code plan.validate}.
 * Both carry the counts {@code tests}, {@code failures} and {@code errors}.
 *
 * <ul>
 *   <li>An invalid file's test case has a {@code <failure>} whose {@code message} is its first
 *       error's message (its first problem's under {@code --strict} when it has no error), whose
 *       {@code type} is that problem's code, and whose text is every problem, one per line, as
 *       {@code plan validate} writes them in text, with the line counting problems beyond those
 *       kept.</li>
 *   <li>A file that cannot be read has an {@code <error>} saying why, type
 *       {@code syntax.unreadable}.</li>
 *   <li>Warnings and notes are also written, one per line, in the test case's
 *       {@code <system-out>}, so that a valid file's warnings are seen.</li>
 * </ul>
 *
 * <p>Written with the JDK's StAX writer, which escapes markup. Characters that XML 1.0 cannot hold
 * even escaped (most C0 controls, U+FFFE, U+FFFF, unpaired surrogates) and those the command line
 * never lets act on a terminal are shown as the command line shows them, as
 * <code>&#92;u001b</code> ({@link TerminalWriter#escape}); the document has no time, so the same
 * files give the same bytes.
 */
final class JunitReportWriter implements ReportWriter {
    /** The name of the test suite and of the run. */
    static final String SUITE = "plan validate";

    /** The classname of every test case. */
    static final String CLASSNAME = "plan.validate";

    private final PrintWriter out;
    private final List<FileResult> results = new ArrayList<>();

    JunitReportWriter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(FileResult result) {
        results.add(result);
    }

    @Override
    public void finish() {
        String tests = String.valueOf(results.size());
        String failures = String.valueOf(results.stream().filter(r -> r.readable() && !r.valid()).count());
        String errors = String.valueOf(results.stream().filter(r -> !r.readable()).count());
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            counts(xml, tests, failures, errors);
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            counts(xml, tests, failures, errors);
            xml.writeAttribute("skipped", "0");
            for (FileResult result : results) {
                xml.writeCharacters("\n    ");
                testcase(xml, result);
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML to memory", e);
        }
        TerminalWriter.of(out).printLines(text.toString());
        out.flush();
    }

    private static void counts(XMLStreamWriter xml, String tests, String failures, String errors)
            throws XMLStreamException {
        xml.writeAttribute("name", SUITE);
        xml.writeAttribute("tests", tests);
        xml.writeAttribute("failures", failures);
        xml.writeAttribute("errors", errors);
    }

    private static void testcase(XMLStreamWriter xml, FileResult result) throws XMLStreamException {
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", escaped(result.file()));
        xml.writeAttribute("classname", CLASSNAME);
        if (!result.readable()) {
            Problem problem = result.problems().get(0);
            xml.writeCharacters("\n      ");
            xml.writeStartElement("error");
            xml.writeAttribute("message", escaped(problem.message()));
            xml.writeAttribute("type", problem.code().code());
            xml.writeCharacters(escaped(result.file() + ": " + problem.message()));
            xml.writeEndElement();
        } else if (!result.valid()) {
            Problem first = result.problems().stream().filter(problem -> problem.severity() == Severity.ERROR)
                    .findFirst().orElse(result.problems().isEmpty() ? null : result.problems().get(0));
            xml.writeCharacters("\n      ");
            xml.writeStartElement("failure");
            xml.writeAttribute("message", first == null ? TextReportWriter.summary(result) : escaped(first.message()));
            if (first != null) {
                xml.writeAttribute("type", first.code().code());
            }
            List<String> lines = result.problems().stream()
                    .map(problem -> TextReportWriter.problemLine(result.file(), problem))
                    .collect(Collectors.toCollection(ArrayList::new));
            if (!result.omitted().isEmpty()) {
                lines.add(TextReportWriter.omittedLine(result));
            }
            xml.writeCharacters(lines(lines));
            xml.writeEndElement();
        }
        List<String> notices = result.problems().stream().filter(problem -> problem.severity() != Severity.ERROR)
                .map(problem -> TextReportWriter.problemLine(result.file(), problem)).toList();
        if (result.readable() && !notices.isEmpty()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(lines(notices));
            xml.writeEndElement();
        }
        if (!result.readable() || !result.valid() || !notices.isEmpty()) {
            xml.writeCharacters("\n    ");
        }
        xml.writeEndElement();
    }

    /** Joins lines, each escaped, with line feeds, ending with one (a text of lines to show). */
    private static String lines(List<String> lines) {
        return "\n" + lines.stream().map(JunitReportWriter::escaped).collect(Collectors.joining("\n")) + "\n";
    }

    /**
     * Returns {@code text} with every character XML 1.0 cannot hold, or that the command line
     * never lets act on a terminal, shown as an escape such as <code>&#92;u001b</code>.
     */
    static String escaped(String text) {
        String shown = TerminalWriter.escape(text);
        if (shown.indexOf('\uFFFE') < 0 && shown.indexOf('\uFFFF') < 0) {
            return shown;
        }
        return shown.replace("\uFFFE", "\\ufffe").replace("\uFFFF", "\\uffff");
    }
}
