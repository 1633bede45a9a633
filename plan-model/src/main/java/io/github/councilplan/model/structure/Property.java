package io.github.councilplan.model.structure;

import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.PlanElement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One property of an object of a plan document, as {@link PlanStructure} describes it: its name,
 * the type of its value, whether it is required, and for properties that hold or name other things,
 * what they hold or name.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Property {
    private final String name;
    private final ValueType type;
    private final boolean required;
    private final boolean wording;
    private final String shape;
    /** {@link #shape}, in the Optional that {@link #shape()} returns, made once. */
    private final Optional<String> shapeName;
    private final ElementKind kind;
    private final Class<? extends Enum<?>> enumType;
    private final Function<Object, List<? extends PlanElement>> elements;
    private final Function<Object, Object> accessor;

    private Property(String name, ValueType type, boolean required, boolean wording, String shape, ElementKind kind,
            Class<? extends Enum<?>> enumType, Function<Object, List<? extends PlanElement>> elements) {
        this(name, type, required, wording, shape, kind, enumType, elements, null);
    }

    private Property(String name, ValueType type, boolean required, boolean wording, String shape, ElementKind kind,
            Class<? extends Enum<?>> enumType, Function<Object, List<? extends PlanElement>> elements,
            Function<Object, Object> accessor) {
        this.name = name;
        this.type = type;
        this.required = required;
        this.wording = wording;
        this.shape = shape;
        this.shapeName = Optional.ofNullable(shape);
        this.kind = kind;
        this.enumType = enumType;
        this.elements = elements;
        this.accessor = accessor;
    }

    static Property of(String name, ValueType type) {
        return new Property(name, type, false, false, null, null, null, null);
    }

    static Property object(String name, ValueType type, String shape) {
        return new Property(name, type, false, false, shape, null, null, null);
    }

    static Property enumeration(String name, Class<? extends Enum<?>> type) {
        return new Property(name, ValueType.ENUM, false, false, null, null, type, null);
    }

    static Property references(String name, ValueType type, ElementKind kind) {
        return new Property(name, type, false, false, null, kind, null, null);
    }

    @SuppressWarnings("unchecked")
    static <T> Property element(String name, ElementKind kind, String shape,
            Function<T, Optional<? extends PlanElement>> accessor) {
        return new Property(name, ValueType.ELEMENT, false, false, shape, kind, null,
                owner -> accessor.apply((T) owner).map(List::<PlanElement>of).orElse(List.of()));
    }

    @SuppressWarnings("unchecked")
    static <T> Property elements(String name, ElementKind kind, String shape,
            Function<T, List<? extends PlanElement>> accessor) {
        return new Property(name, ValueType.ELEMENTS, false, false, shape, kind, null,
                owner -> accessor.apply((T) owner));
    }

    /** Returns this property, required. */
    Property required() {
        return new Property(name, type, true, wording, shape, kind, enumType, elements, accessor);
    }

    /** Returns this property, as the one an element is known by. */
    Property wording() {
        return new Property(name, type, required, true, shape, kind, enumType, elements, accessor);
    }

    /** Returns this property, read from a model object by {@code accessor}. */
    Property readBy(Function<Object, Object> accessor) {
        return new Property(name, type, required, wording, shape, kind, enumType, elements, accessor);
    }

    /**
     * Returns the property's name in a document.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the type of the property's value.
     *
     * @return the type, not null
     */
    public ValueType type() {
        return type;
    }

    /**
     * Tells whether every object of its shape must have this property.
     *
     * @return true if required
     */
    public boolean isRequired() {
        return required;
    }

    /**
     * Tells whether this is the property the element is known by (its {@code label()}): a theme's
     * name, a deliverable's title.
     *
     * @return true for the wording of an element
     */
    public boolean isWording() {
        return wording;
    }

    /**
     * Returns the name of the shape of the object, or of each object in the array, for an
     * {@link ValueType#OBJECT}, {@link ValueType#OBJECT_LIST}, {@link ValueType#ELEMENT} or
     * {@link ValueType#ELEMENTS} property.
     *
     * @return the shape's name, or empty for other types; not null
     */
    public Optional<String> shape() {
        return shapeName;
    }

    /**
     * Returns the kind of the elements an {@link ValueType#ELEMENT} or {@link ValueType#ELEMENTS}
     * property holds, or of the
     * element a {@link ValueType#REFERENCE} or {@link ValueType#REFERENCES} property names.
     *
     * @return the kind, or empty for other types and for references whose kind another property
     *     decides (a link's ends, by the link's kind); not null
     */
    public Optional<ElementKind> kind() {
        return Optional.ofNullable(kind);
    }

    /**
     * Returns the enumeration of an {@link ValueType#ENUM} property.
     *
     * @return the enum class, or empty for other types; not null
     */
    public Optional<Class<? extends Enum<?>>> enumType() {
        return Optional.ofNullable(enumType);
    }

    /**
     * Tells whether this property holds a list: text, objects, elements or references.
     *
     * @return true for {@link ValueType#TEXT_LIST}, {@link ValueType#OBJECT_LIST},
     *     {@link ValueType#ELEMENTS}, {@link ValueType#REFERENCES} and {@link ValueType#LANGUAGES}
     */
    public boolean isList() {
        switch (type) {
            case TEXT_LIST:
            case OBJECT_LIST:
            case ELEMENTS:
            case REFERENCES:
            case LANGUAGES:
                return true;
            default:
                return false;
        }
    }

    /**
     * Tells whether this property holds elements: {@link ValueType#ELEMENT} or
     * {@link ValueType#ELEMENTS}.
     *
     * @return true if it holds elements
     */
    public boolean holdsElements() {
        return elements != null;
    }

    /**
     * Returns the elements this {@link ValueType#ELEMENT} or {@link ValueType#ELEMENTS} property
     * holds in an object of its shape.
     *
     * @param owner an instance of the shape's model type, not null
     * @return an unmodifiable list (of at most one element for {@link ValueType#ELEMENT}), not null
     * @throws IllegalStateException if this property does not hold elements
     * @throws ClassCastException if {@code owner} is not of the shape's type
     */
    public List<? extends PlanElement> elementsOf(Object owner) {
        if (elements == null) {
            throw new IllegalStateException("property '" + name + "' holds no elements");
        }
        return elements.apply(Objects.requireNonNull(owner, "owner"));
    }

    /**
     * Returns this property's value in a model object of its shape, as the model's accessor of
     * the same name returns it: an {@link java.util.Optional} for an optional value, a list for a
     * list, a map for lead-ins, the value itself for a required one.
     *
     * @param owner an instance of the shape's model type, not null
     * @return the value, not null
     * @throws ClassCastException if {@code owner} is not of the shape's type
     */
    public Object valueOf(Object owner) {
        return accessor.apply(Objects.requireNonNull(owner, "owner"));
    }

    @Override
    public String toString() {
        return name + ": " + type + (shape == null ? "" : " " + shape) + (kind == null ? "" : " " + kind)
                + (required ? " (required)" : "");
    }
}
