/**
 * The structure of a plan document, described once: {@link
 * io.github.councilplan.model.structure.PlanStructure} lists every shape of object a document
 * holds (the plan, its elements, the values inside them), each with its properties in document
 * order, their {@link io.github.councilplan.model.structure.ValueType types}, which are required,
 * which property an element is known by and which properties hold other elements.
 *
 * <p>The model derives each element's children and sibling checks from it; the validator of
 * {@code plan-schema} walks documents by it; the edition diff and the renderings take their fields
 * from it; and a test holds the JSON Schema of the format and the model's JSON properties to it.
 * {@link io.github.councilplan.model.structure.Numbering} is the numbering rule that the model and
 * the validator both apply, written once, and {@link io.github.councilplan.model.structure.JsonNames}
 * the name each enum constant has in a document.
 *
 * <p>Everything here is immutable and thread-safe.
 */
package io.github.councilplan.model.structure;
