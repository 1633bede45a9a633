package io.github.councilplan.cli;

/**
 * What {@code plan template} writes, named on the command line as {@code --format xlsx}: a
 * workbook only, for now; the option names it so that another format is one more constant.
 */
enum TemplateFormat {
    /** A workbook, one sheet per kind of element. */
    XLSX;

    /** Reads {@code --format}'s value: {@code xlsx}. */
    static final class Converter extends OptionValues<TemplateFormat> {
        Converter() {
            super(TemplateFormat.class);
        }
    }
}
