package io.github.councilplan.schema;

/** Reads a YAML document into a located tree. */
final class YamlTreeReader implements TreeReader {
    YamlTreeReader(ValidationLimits limits) {}

    @Override
    public LocatedTree read(byte[] document) {
        throw new DocumentProblemException(ProblemCode.SYNTAX_MALFORMED, "YAML is not read yet", 1, 1);
    }
}
