package io.github.councilplan.examples;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.PlanJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Loads the example plans kept as JSON resources in this package.
 *
 * <p>Each call reads its resource afresh and returns a new, equal {@link Plan}. This class is
 * stateless and thread-safe.
 */
public final class ExamplePlans {
    /**
     * The class-path resource that holds Thurrock Council's corporate plan, "A fresh start for
     * Thurrock", as published in its 2025 refresh.
     */
    public static final String THURROCK_RESOURCE = "io/github/councilplan/examples/thurrock-corporate-plan.json";

    /**
     * The class-path resource that holds the fictional bilingual (Welsh and English) plan of an
     * invented Welsh council, which uses every part of the model.
     */
    public static final String FICTIONAL_RESOURCE = "io/github/councilplan/examples/fictional-bilingual-plan.json";

    private ExamplePlans() {}

    /**
     * Loads Thurrock Council's corporate plan from {@link #THURROCK_RESOURCE}.
     *
     * <p>Its ids are a kind prefix and a readable key: themes {@code t-enabling},
     * {@code t-people} and {@code t-place}; outcomes and commitments by theme number and position,
     * {@code o-1-1}, {@code c-3-2}; priorities and deliverables by their printed numbers,
     * {@code p-1.2}, {@code d-1.2.2}; values {@code v-1}; statements {@code s-foreword}; owners
     * {@code own-cabinet}.
     *
     * @return the plan, not null
     * @throws IllegalStateException if the resource is missing
     * @throws tools.jackson.core.JacksonException if the resource is not a valid plan document
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static Plan thurrock() {
        return load(THURROCK_RESOURCE);
    }

    /**
     * Loads the fictional bilingual plan from {@link #FICTIONAL_RESOURCE}.
     *
     * @return the plan, not null
     * @throws IllegalStateException if the resource is missing
     * @throws tools.jackson.core.JacksonException if the resource is not a valid plan document
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static Plan fictional() {
        return load(FICTIONAL_RESOURCE);
    }

    /**
     * Returns the bytes of Thurrock's plan document, {@link #THURROCK_RESOURCE}, as stored: UTF-8
     * JSON, ready for {@code PlanValidator}.
     *
     * @return a new array on each call, not null
     * @throws IllegalStateException if the resource is missing
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static byte[] thurrockDocument() {
        try (InputStream in = ExamplePlans.class.getResourceAsStream("/" + THURROCK_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("example plan resource not found: " + THURROCK_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read example plan resource " + THURROCK_RESOURCE, e);
        }
    }

    /**
     * Loads a plan from a class-path resource of this module, closing the stream.
     *
     * @param resource the resource name, relative to the class-path root (no leading slash), not
     *     null
     * @return the plan, not null
     * @throws IllegalStateException if there is no such resource
     * @throws tools.jackson.core.JacksonException if the resource is not a valid plan document
     * @throws UncheckedIOException if the resource cannot be read
     * @throws NullPointerException if {@code resource} is null
     */
    static Plan load(String resource) {
        Objects.requireNonNull(resource, "resource");
        try (InputStream in = ExamplePlans.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("example plan resource not found: " + resource);
            }
            return PlanJson.standard().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read example plan resource " + resource, e);
        }
    }
}
