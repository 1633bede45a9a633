package io.github.councilplan.model.structure;

import io.github.councilplan.model.ElementKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The shape of one kind of object in a plan document, as {@link PlanStructure} describes it: its
 * name (the name of its definition in the JSON Schema; {@code "plan"} for the document itself),
 * the model type it maps to, the element kind it is if it is an element, and its properties in
 * document order.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ObjectShape {
    private final String name;
    private final Class<?> type;
    private final ElementKind kind;
    private final List<Property> properties;
    /** The properties by name, each already in the Optional that {@link #property} returns. */
    private final Map<String, Optional<Property>> lookedUp;
    private final Property wording;
    private final List<Property> elementProperties;
    private final List<Property> leadInLists;

    ObjectShape(String name, Class<?> type, ElementKind kind, List<Property> properties) {
        this.name = name;
        this.type = type;
        this.kind = kind;
        this.properties = List.copyOf(properties);
        Map<String, Property> map = new LinkedHashMap<>();
        Property found = null;
        List<Property> elements = new ArrayList<>();
        List<Property> leadIns = new ArrayList<>();
        for (Property property : properties) {
            if (map.put(property.name(), property) != null) {
                throw new IllegalStateException(name + ": property '" + property.name() + "' is described twice");
            }
            if (property.isWording()) {
                found = property;
            }
            if (property.holdsElements()) {
                elements.add(property);
            }
            if (property.type() == ValueType.ELEMENTS || property.type() == ValueType.TEXT_LIST) {
                leadIns.add(property);
            }
        }
        Map<String, Optional<Property>> optional = new HashMap<>();
        map.forEach((key, property) -> optional.put(key, Optional.of(property)));
        this.lookedUp = optional;
        this.wording = found;
        this.elementProperties = List.copyOf(elements);
        this.leadInLists = map.containsKey("leadIns") ? List.copyOf(leadIns) : List.of();
    }

    /**
     * Returns the shape's name: the name of its definition in the JSON Schema, such as
     * {@code "theme"}, or {@code "plan"} for the document itself.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the model type an object of this shape maps to.
     *
     * @return the type, not null
     */
    public Class<?> type() {
        return type;
    }

    /**
     * Returns the kind of element an object of this shape is.
     *
     * @return the kind, or empty for a shape that is not an element (an organisation, a target);
     *     not null
     */
    public Optional<ElementKind> kind() {
        return Optional.ofNullable(kind);
    }

    /**
     * Returns the properties, in the order a document writes them.
     *
     * @return an unmodifiable list, not null
     */
    public List<Property> properties() {
        return properties;
    }

    /**
     * Returns a property by name.
     *
     * @param name the property's name, not null
     * @return the property, or empty if the shape has none of that name; not null
     */
    public Optional<Property> property(String name) {
        return lookedUp.getOrDefault(Objects.requireNonNull(name, "name"), Optional.empty());
    }

    /**
     * Returns the property an element of this shape is known by.
     *
     * @return the property, or empty for a shape without one; not null
     */
    public Optional<Property> wording() {
        return Optional.ofNullable(wording);
    }

    /**
     * Returns the properties that hold the elements an object of this shape contains (lists, and
     * the plan's vision), in document order.
     *
     * @return an unmodifiable list, not null
     */
    public List<Property> elementProperties() {
        return elementProperties;
    }

    /**
     * Returns the lists that may have a lead-in ({@code leadIns}): the element lists and text
     * lists of a shape that has lead-ins.
     *
     * @return an unmodifiable list, empty for a shape without lead-ins; not null
     */
    public List<Property> leadInLists() {
        return leadInLists;
    }

    @Override
    public String toString() {
        return name;
    }
}
