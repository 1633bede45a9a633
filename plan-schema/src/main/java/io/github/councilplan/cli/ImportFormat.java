package io.github.councilplan.cli;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.schema.PlanYaml;

/**
 * The documents {@code plan import} writes, named in lower case on the command line
 * ({@code --to json}): {@link #write} gives the text of each.
 */
enum ImportFormat {
    /** A JSON document, ending with a new line. */
    JSON {
        @Override
        String write(Plan plan) {
            return PlanJson.standard().write(plan) + "\n";
        }
    },
    /** A YAML document. */
    YAML {
        @Override
        String write(Plan plan) {
            return PlanYaml.standard().write(plan);
        }
    };

    /** Returns a plan's document in this format. */
    abstract String write(Plan plan);

    /** Reads {@code --to}'s value: {@code json} or {@code yaml}. */
    static final class Converter extends OptionValues<ImportFormat> {
        Converter() {
            super(ImportFormat.class);
        }
    }
}
