package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** {@link UriReference}: file names as URI references that give the name back. */
class UriReferenceTest {
    @Property
    void aRelativeNameIsARelativeReferenceThatDecodesToIt(@ForAll String name) {
        String relative = name.startsWith("/") ? "x" + name : name;
        String encoded = new String(relative.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);

        URI uri = URI.create(UriReference.of(relative));

        assertThat(uri.isAbsolute()).isFalse();
        assertThat(uri.getRawQuery()).isNull();
        assertThat(uri.getRawFragment()).isNull();
        assertThat(URLDecoder.decode(uri.getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(encoded);
    }

    @Property
    void anAbsoluteNameIsAFileUriThatDecodesToIt(@ForAll String name) {
        String absolute = "/" + name;
        String encoded = new String(absolute.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);

        URI uri = URI.create(UriReference.of(absolute));

        assertThat(uri.getScheme()).isEqualTo("file");
        assertThat(URLDecoder.decode(uri.getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(encoded);
    }

    @Example
    void unreservedCharactersAndSlashesStayAsTheyAre() {
        assertThat(UriReference.of("plans/2026/corporate-plan_v1.0~.json")).isEqualTo("plans/2026/corporate-plan_v1.0~.json");
    }

    @Example
    void aColonInTheFirstNameCannotBeReadAsAScheme() {
        assertThat(UriReference.of("c:plan.json")).isEqualTo("c%3Aplan.json");
    }
}
