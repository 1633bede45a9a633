package io.github.councilplan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.InvalidPlanException;
import io.github.councilplan.model.json.PlanJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fuzz target of the readers: valid plans, in JSON and in YAML, damaged at the level of their
 * bytes (bytes flipped, inserted, deleted, repeated, and tokens that readers treat specially
 * spliced in), and arbitrary bytes, given to {@link PlanValidator#validate(byte[], DocumentFormat)}
 * in both formats, to {@link PlanYaml#read(byte[])} and to {@link PlanJson#read(byte[])}. Any
 * throwable other than the documented ones fails: the validator throws nothing; {@code PlanYaml}
 * and {@code PlanJson} only {@link InvalidPlanException}, with at least one problem. Each try
 * works on a whole plan, so the volume is set here, not by the default number of tries.
 */
class ReadingFuzzPropertyTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();
    /** Bytes and strings that change how a reader reads what follows. */
    private static final List<String> TOKENS = List.of("\"", "\\", "\\u", "\\ud800", "\\udc00", "{", "}", "[", "]", ":",
            ",", "&a ", "*a", "!!str ", "!!binary ", "!<tag:x>", "%YAML 1.1\n", "---\n", "...\n", "? ", "- ", "|\n",
            ">-\n", "#", "\t", "\r", "\n  ", "\u0085", "\u2028", "\uFEFF", "0x", "0o", "1e999999", "-0", ".inf",
            "<<: ", "~", "null", "\u0000", "'", "''", "  ", "1_000", "0b101", "\ud83d\ude00", "é");

    @Property(tries = 10_000, edgeCases = EdgeCasesMode.NONE)
    void damagedBytesGiveAVerdictOrADocumentedException(@ForAll("damaged") byte[] document) {
        for (DocumentFormat format : DocumentFormat.values()) {
            Verdicts.assertLocated(Verdicts.validate(VALIDATOR, document, format), null);
        }
        try {
            Plan plan = PlanYaml.standard().read(document);
            assertThat(plan).isNotNull();
        } catch (InvalidPlanException documented) {
            assertThat(documented.problems()).isNotEmpty();
        }
        try {
            assertThat(PlanJson.standard().read(document)).isNotNull();
        } catch (InvalidPlanException documented) {
            assertThat(documented.problems()).isNotEmpty();
        }
    }

    /** Valid plans in JSON and YAML, each damaged by one to eight changes to its bytes. */
    @Provide
    Arbitrary<byte[]> damaged() {
        List<byte[]> plans = ValidPlans.written().stream().limit(40)
                .flatMap(plan -> java.util.stream.Stream.of(JsonMapper.shared().writeValueAsString(plan),
                        PlanYaml.writeTree(plan)))
                .map(text -> text.getBytes(StandardCharsets.UTF_8))
                .collect(Collectors.toList());
        Arbitrary<Change> change = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 64),
                Arbitraries.of(TOKENS), Arbitraries.bytes())
                .as(Change::new);
        Arbitrary<byte[]> edited = Combinators.combine(Arbitraries.of(plans), change.list().ofMinSize(1).ofMaxSize(8))
                .as((plan, changes) -> {
                    byte[] bytes = plan;
                    for (Change each : changes) {
                        bytes = each.apply(bytes);
                    }
                    return bytes;
                });
        return Arbitraries.oneOf(edited, Arbitraries.bytes().array(byte[].class).ofMaxSize(200));
    }

    /** One change at a place in the document, given as a fraction of its length. */
    private record Change(int kind, double at, int length, String token, byte random) {
        byte[] apply(byte[] bytes) {
            int position = (int) (at * bytes.length);
            int end = Math.min(bytes.length, position + length);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
            out.write(bytes, 0, position);
            switch (kind) {
                case 0: // flip one byte
                    out.write(position < bytes.length ? bytes[position] ^ (1 << (length % 8)) : random);
                    out.write(bytes, Math.min(bytes.length, position + 1), bytes.length - Math.min(bytes.length, position + 1));
                    break;
                case 1: // insert a random byte
                    out.write(random);
                    out.write(bytes, position, bytes.length - position);
                    break;
                case 2: // delete a range
                    out.write(bytes, end, bytes.length - end);
                    break;
                case 3: // repeat a range
                    out.write(bytes, position, end - position);
                    out.write(bytes, position, bytes.length - position);
                    break;
                case 4: // splice in a token
                    out.writeBytes(token.getBytes(StandardCharsets.UTF_8));
                    out.write(bytes, position, bytes.length - position);
                    break;
                default: // replace a range by a token
                    out.writeBytes(token.getBytes(StandardCharsets.UTF_8));
                    out.write(bytes, end, bytes.length - end);
                    break;
            }
            return out.toByteArray();
        }
    }
}
