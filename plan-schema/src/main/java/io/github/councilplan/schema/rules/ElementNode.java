package io.github.councilplan.schema.rules;

import io.github.councilplan.model.DisplayNumber;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.message.ElementLabels;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One element object of a plan document, as the rules see it: its kind, the object, its JSON
 * pointer, and the element whose list holds it (the plan for the plan's own lists; null for the
 * plan). Its id and number are read once, as many rules ask for them; its pointer is made when
 * asked for, as most elements are never reported. Immutable.
 */
public final class ElementNode {
    private final ElementKind kind;
    private final DocumentNode node;
    private final Supplier<String> pointer;
    private final ElementNode parent;
    /** The id, or null. */
    private final String id;
    /** The number, or null. */
    private final DisplayNumber number;
    private final DocumentElements document;

    ElementNode(ElementKind kind, DocumentNode node, Supplier<String> pointer, ElementNode parent,
            DocumentElements document) {
        this.document = document;
        this.kind = kind;
        this.node = node;
        this.pointer = pointer;
        this.parent = parent;
        this.id = NodeValues.string(node, "id").orElse(null);
        this.number = number(NodeValues.property(node, "number")).orElse(null);
    }

    /**
     * Returns the element's kind.
     *
     * @return the kind, not null
     */
    public ElementKind kind() {
        return kind;
    }

    /**
     * Returns the element's object.
     *
     * @return the object, not null
     */
    public DocumentNode node() {
        return node;
    }

    /**
     * Returns the element's JSON pointer.
     *
     * @return the pointer, {@code ""} for the plan; not null
     */
    public String pointer() {
        return pointer.get();
    }

    /**
     * Returns the element whose list holds this one.
     *
     * @return the parent, or null for the plan
     */
    public ElementNode parent() {
        return parent;
    }

    /**
     * Returns the element's id, if it is a string.
     *
     * @return the id, or empty; not null
     */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** Returns the element's display number, if it is a valid one (the schema reports the others). */
    Optional<DisplayNumber> number() {
        return Optional.ofNullable(number);
    }

    /**
     * Describes the element for messages as every message and rendering names it (see
     * {@link io.github.councilplan.model.message.ElementLabels}): its level name as the document
     * gives it, in the plan's first language, and its number, with the path that tells it apart
     * where the number alone does not: {@code "Deliverable 1.2.3"},
     * {@code "Strategic objective 2 › Priority A"}, {@code "Measure 'kpi-7'"}; {@code "plan"} for
     * the plan.
     *
     * @return the description, not null
     */
    public String describe() {
        return kind == ElementKind.PLAN ? "plan" : document.labels().mention(this);
    }

    /**
     * Describes the element by its id and pointer, to tell apart two elements that share a
     * number: {@code "priority 'p-2' at /themes/0/priorities/1"}.
     */
    String describeWhere() {
        return ElementLabels.decapitalised(document.levelName(this)) + id().map(id -> " '" + id + "'").orElse("")
                + " at " + pointer();
    }

    /** Returns an element's number: the model's own, or parsed from a string; empty for anything else. */
    private static Optional<DisplayNumber> number(DocumentNode number) {
        if (number == null) {
            return Optional.empty();
        }
        DisplayNumber model = number.modelValue(DisplayNumber.class);
        if (model != null) {
            return Optional.of(model);
        }
        return number.isString() ? displayNumber(number.stringValue()) : Optional.empty();
    }

    private static Optional<DisplayNumber> displayNumber(String text) {
        try {
            return Optional.of(DisplayNumber.of(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
