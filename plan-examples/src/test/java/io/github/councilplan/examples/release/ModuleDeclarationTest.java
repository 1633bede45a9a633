package io.github.councilplan.examples.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModuleDeclarationTest {
    private static final String SOURCE = """
            /**
             * The module. It does not {@code exports a.b.hidden;} in this comment.
             */
            module a.b {
                requires transitive x.y;   // requires z.commented;
                requires static p.q;
                requires r;
                /* exports a.b.blocked; */
                exports a.b;
                exports a.b.friends to f.one,
                        f.two;
                opens a.b to x.y;
                opens a.b.res;
                uses a.b.Spi;
            }
            """;

    @Test
    void readsTheModulesNameAndThatItIsNotOpen() {
        ModuleDeclaration module = ModuleDeclaration.ofSource(SOURCE);

        assertThat(module.name()).isEqualTo("a.b");
        assertThat(module.open()).isFalse();
    }

    @Test
    void readsExportsWithTheirTargetsAndIgnoresCommentedOutDirectives() {
        assertThat(ModuleDeclaration.ofSource(SOURCE).exports())
                .isEqualTo(Map.of("a.b", Set.of(), "a.b.friends", Set.of("f.one", "f.two")));
    }

    @Test
    void readsOpensWithTheirTargets() {
        assertThat(ModuleDeclaration.ofSource(SOURCE).opens())
                .isEqualTo(Map.of("a.b", Set.of("x.y"), "a.b.res", Set.of()));
    }

    @Test
    void readsRequiresWithTheirModifiers() {
        assertThat(ModuleDeclaration.ofSource(SOURCE).requires())
                .isEqualTo(Map.of("x.y", Set.of("transitive"), "p.q", Set.of("static"), "r", Set.of()));
    }

    @Test
    void readsAnOpenModule() {
        assertThat(ModuleDeclaration.ofSource("open module a { }").open()).isTrue();
    }

    @Test
    void refusesTextThatDeclaresNoModule() {
        assertThatIllegalArgumentException().isThrownBy(() -> ModuleDeclaration.ofSource("class A { }"));
    }

    @Test
    void refusesADirectiveItDoesNotKnow() {
        assertThatIllegalArgumentException().isThrownBy(() -> ModuleDeclaration.ofSource("module a { exprots b; }"))
                .withMessageContaining("exprots b");
    }
}
