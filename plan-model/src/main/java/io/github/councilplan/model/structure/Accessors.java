package io.github.councilplan.model.structure;

import io.github.councilplan.model.access.ModelAccess;
import java.util.function.Function;

/**
 * The model's accessors of the properties {@link PlanStructure} describes, by name: every property
 * of a shape is read by the public method of its model type that has the property's name (the
 * model's types name their accessors as documents name their properties), called by the code
 * generated from this structure ({@link ModelAccess}).
 */
final class Accessors {
    private Accessors() {}

    /**
     * Returns the accessor of a property of a model type: when the generated code lacks it, one
     * that throws an {@link IllegalStateException} naming it. The structure still loads, so that
     * the code can be generated again from it; the test that holds the code to the structure fails
     * until then.
     */
    static Function<Object, Object> of(Class<?> type, String name) {
        try {
            return ModelAccess.accessor(type, name);
        } catch (IllegalStateException e) {
            return owner -> {
                throw new IllegalStateException(e.getMessage(), e);
            };
        }
    }
}
