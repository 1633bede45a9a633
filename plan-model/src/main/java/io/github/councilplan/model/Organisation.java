package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.councilplan.model.message.ShownValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The council whose plan it is: its name and, optionally, an official code, its ONS GSS code and
 * its identifier in the org-id scheme, so that plans join with other public datasets.
 *
 * <p>A GSS code ({@link #gssCode()}) is a letter for the nation (E England, W Wales, S Scotland,
 * N Northern Ireland) and eight digits, such as {@code "E06000034"}. An org-id identifier
 * ({@link #orgId()}) is a list's code (a two-letter country or {@code X} code, a hyphen, the
 * list's own code), a hyphen and the organisation's identifier in that list, such as
 * {@code "GB-LAE-THR"}. Where both are given and the org-id list is one of the three lists of
 * local authorities of one nation ({@code GB-LAE} England, {@code GB-PLA} Wales, {@code GB-LAS}
 * Scotland), the two must be of the same nation; an identifier in any other list is checked for its
 * form only. No register of councils is bundled: a council supplies its own codes, and only their
 * form and agreement are checked ({@link #violations(Optional, Optional)}).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
@JsonSerialize(as = ImmutableOrganisation.class)
@JsonDeserialize(as = ImmutableOrganisation.class)
@JsonPropertyOrder({"name", "code", "gssCode", "orgId"})
public abstract class Organisation {
    /** The form of a GSS code, as the JSON Schema's pattern gives it. */
    private static final Pattern GSS_CODE = Pattern.compile("[EWSN][0-9]{8}");
    /** The form of an org-id identifier, as the JSON Schema's pattern gives it. */
    private static final Pattern ORG_ID = Pattern.compile("[A-Z]{2}-[A-Z0-9]+-[!-~]+");
    /** The org-id lists of one nation's local authorities, by the GSS code's letter for that nation. */
    private static final Map<String, Character> NATION_OF_LIST = Map.of("GB-LAE", 'E', "GB-PLA", 'W', "GB-LAS", 'S');
    private static final Map<Character, String> NATION_NAMES =
            Map.of('E', "England", 'W', "Wales", 'S', "Scotland", 'N', "Northern Ireland");

    Organisation() {}

    /**
     * Returns the council's name.
     *
     * @return the name, not null
     */
    public abstract Text name();

    /**
     * Returns the council's official code, in any scheme the plan uses.
     *
     * @return the code, or empty; not null
     */
    public abstract Optional<String> code();

    /**
     * Returns the ONS GSS code of the council's area, such as {@code "E06000034"}: a letter for the
     * nation (E, W, S or N) and eight digits.
     *
     * @return the code, or empty; not null
     */
    public abstract Optional<String> gssCode();

    /**
     * Returns the council's identifier in the org-id scheme, such as {@code "GB-LAE-THR"}: a
     * list's code ({@code GB-LAE} for English local authorities, {@code GB-PLA} for Welsh
     * principal authorities, {@code GB-LAS} for Scottish local authorities, or any other list),
     * a hyphen and the identifier in that list.
     *
     * @return the identifier, or empty; not null
     */
    public abstract Optional<String> orgId();

    /**
     * Obtains an organisation with only a name.
     *
     * @param name the name, not null
     * @return the organisation, not null
     */
    public static Organisation of(Text name) {
        return builder().name(name).build();
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Lists what is wrong with an organisation's GSS code and org-id identifier: a GSS code or an
     * identifier not in its form ({@code "gssCode"}, {@code "orgId"}), and, where both are in
     * their forms and the identifier is in one nation's list of local authorities, a GSS code of
     * another nation ({@code "orgId"}). The model refuses an organisation with any of them; the
     * validator reports the forms through the JSON Schema and the nations as a rule.
     *
     * @param gssCode the GSS code, not null
     * @param orgId the org-id identifier, not null
     * @return the violations, in that order; an unmodifiable list, not null
     * @throws NullPointerException if an argument is null
     */
    public static List<Violation> violations(Optional<String> gssCode, Optional<String> orgId) {
        List<Violation> breaks = new ArrayList<>(2);
        boolean gssWellFormed = gssCode.map(code -> GSS_CODE.matcher(code).matches()).orElse(false);
        boolean orgIdWellFormed = orgId.map(id -> ORG_ID.matcher(id).matches()).orElse(false);
        if (gssCode.isPresent() && !gssWellFormed) {
            breaks.add(Violation.of("gssCode", ShownValue.of(gssCode.get())
                    + " is not a GSS code: expected E, W, S or N and eight digits, as in 'E06000034'"));
        }
        if (orgId.isPresent() && !orgIdWellFormed) {
            breaks.add(Violation.of("orgId", ShownValue.of(orgId.get())
                    + " is not an org-id identifier: expected a list's code, a hyphen and an identifier,"
                    + " as in 'GB-LAE-THR'"));
        }
        if (gssWellFormed && orgIdWellFormed) {
            String id = orgId.get();
            String list = id.substring(0, id.indexOf('-', 3));
            Character listNation = NATION_OF_LIST.get(list);
            char gssNation = gssCode.get().charAt(0);
            if (listNation != null && listNation != gssNation) {
                breaks.add(Violation.of("orgId", ShownValue.of(id) + " is in " + list + ", a list of local"
                        + " authorities in " + NATION_NAMES.get(listNation) + ", but GSS code "
                        + ShownValue.of(gssCode.get()) + " is of an area in " + NATION_NAMES.get(gssNation)));
            }
        }
        return List.copyOf(breaks);
    }

    @Value.Check
    final void check() {
        code().ifPresent(code -> {
            if (code.isBlank()) {
                throw new IllegalArgumentException("organisation.code: must not be blank, was '" + code + "'");
            }
        });
        List<Violation> breaks = violations(gssCode(), orgId());
        if (!breaks.isEmpty()) {
            throw new IllegalArgumentException("organisation." + breaks.get(0));
        }
    }

    /** Builds an {@link Organisation}; not thread-safe. */
    public static final class Builder extends ImmutableOrganisation.Builder {
        Builder() {}
    }
}
