package io.github.councilplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.trace.PlanIndex;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.w3c.dom.Document;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads the HTML report back, as XML (which must find it well-formed) and as a browser does (jsoup,
 * the HTML5 parsing algorithm), and reduces a parsed page to its skeleton: every element with its
 * attributes, in document order, without text.
 */
final class HtmlPages {
    /** Where the example plans of plan-examples are (tests run in {@code plan-schema}). */
    static final Path EXAMPLES = Path.of("../plan-examples/src/main/resources/io/github/councilplan/examples");

    private HtmlPages() {}

    /** Every example plan document of plan-examples, in name order. */
    static List<Path> examples() {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PlanIndex read(Path file) {
        return PlanIndex.of(PlanJson.standard().read(file));
    }

    static String render(Plan plan) {
        return HtmlReport.standard().render(PlanIndex.of(plan));
    }

    /** Parses a page as XML, failing the test if it is not well-formed. */
    static Document xml(String page) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setNamespaceAware(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException(e);
        } catch (SAXException e) {
            throw new AssertionError("the page is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Parses a page as a browser does. */
    static org.jsoup.nodes.Document html(String page) {
        return Jsoup.parse(page);
    }

    /** The skeleton of an XML parse: each element's name and attributes, lower case, in document order. */
    static List<String> skeleton(Document document) {
        List<String> skeleton = new ArrayList<>();
        walk(document.getDocumentElement(), skeleton);
        return skeleton;
    }

    private static void walk(Node node, List<String> skeleton) {
        if (node.getNodeType() != Node.ELEMENT_NODE) {
            return;
        }
        List<String> attributes = new ArrayList<>();
        NamedNodeMap map = node.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            attributes.add(map.item(i).getNodeName().toLowerCase(Locale.ROOT) + "=" + map.item(i).getNodeValue());
        }
        attributes.sort(null);
        skeleton.add(node.getNodeName().toLowerCase(Locale.ROOT) + " " + attributes);
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            walk(child, skeleton);
        }
    }

    /** The skeleton of an HTML parse, as {@link #skeleton(Document)} gives an XML parse's. */
    static List<String> skeleton(org.jsoup.nodes.Document document) {
        List<String> skeleton = new ArrayList<>();
        for (Element element : document.child(0).getAllElements()) {
            List<String> attributes = new ArrayList<>();
            for (Attribute attribute : element.attributes()) {
                attributes.add(attribute.getKey().toLowerCase(Locale.ROOT) + "=" + attribute.getValue());
            }
            attributes.sort(null);
            skeleton.add(element.tagName().toLowerCase(Locale.ROOT) + " " + attributes);
        }
        return skeleton;
    }

    /** Asserts that a page is well-formed XML and that a browser reads the same elements from it. */
    static org.jsoup.nodes.Document parse(String page) {
        Document xml = xml(page);
        org.jsoup.nodes.Document html = html(page);
        assertThat(skeleton(html)).as("the elements an HTML parser reads").isEqualTo(skeleton(xml));
        return html;
    }
}
