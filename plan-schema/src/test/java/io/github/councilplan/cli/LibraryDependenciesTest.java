package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a user of the library inherits: the command line's picocli and SLF4J binding, and Apache POI
 * (workbooks, for {@code io.github.councilplan.sheets}), are not among
 * plan-schema's dependencies as Maven resolves them for a user (compile or runtime scope, not
 * optional), nor required by its module other than statically.
 */
class LibraryDependenciesTest {
    private static final List<String> COMMAND_LINE_ONLY = List.of("info.picocli:picocli", "org.slf4j:slf4j-nop",
            "org.apache.poi:poi-ooxml");

    static {
        // the tests run inside the library's module, which does not read java.xml
        LibraryDependenciesTest.class.getModule().addReads(ModuleLayer.boot().findModule("java.xml").orElseThrow());
    }

    @Test
    void usersDoNotInheritTheCommandLinesDependencies() throws Exception {
        List<Dependency> declared = new ArrayList<>(dependencies(Path.of("pom.xml")));
        declared.addAll(dependencies(Path.of("../pom.xml")));

        List<String> inherited = declared.stream().filter(Dependency::inherited).map(Dependency::key).toList();
        List<String> optional = declared.stream().filter(d -> !d.inherited()).map(Dependency::key).toList();

        assertThat(inherited).doesNotContainAnyElementsOf(COMMAND_LINE_ONLY).isNotEmpty();
        assertThat(optional).containsAll(COMMAND_LINE_ONLY);
    }

    @Test
    void theModuleRequiresPicocliOnlyStaticallyAndDoesNotExportTheCommandLine() throws IOException {
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }

        assertThat(module.requires()).filteredOn(r -> r.name().equals("info.picocli"))
                .singleElement()
                .satisfies(r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.STATIC)
                        .doesNotContain(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
        // SLF4J's API (org.slf4j) is required, to start it quietly; no provider (org.slf4j.nop and the like) is
        assertThat(module.requires()).noneMatch(r -> r.name().startsWith("org.slf4j."));
        assertThat(module.exports()).noneMatch(e -> e.source().equals("io.github.councilplan.cli"));
    }

    @Test
    void theModuleRequiresPoiOnlyStatically() throws IOException {
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }

        assertThat(module.requires()).filteredOn(r -> r.name().startsWith("org.apache.poi"))
                .singleElement()
                .satisfies(r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.STATIC)
                        .doesNotContain(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
    }

    /** The project's own {@code <dependencies>} of a POM (not its dependency management). */
    private static List<Dependency> dependencies(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(pom.toFile());
        List<Dependency> dependencies = new ArrayList<>();
        for (Element list : children(document.getDocumentElement(), "dependencies")) {
            for (Element dependency : children(list, "dependency")) {
                dependencies.add(new Dependency(text(dependency, "groupId"), text(dependency, "artifactId"),
                        text(dependency, "scope"), text(dependency, "optional")));
            }
        }
        return dependencies;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element && ((Element) node).getTagName().equals(name)) {
                children.add((Element) node);
            }
        }
        return children;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent().strip();
    }

    /** A dependency as a POM declares it. */
    private record Dependency(String groupId, String artifactId, String scope, String optional) {
        String key() {
            return groupId + ":" + artifactId;
        }

        /** Tells whether a user of the POM's artifact gets this dependency too. */
        boolean inherited() {
            boolean transitiveScope = scope.isEmpty() || scope.equals("compile") || scope.equals("runtime");
            return transitiveScope && !optional.equals("true");
        }
    }
}
