package io.github.councilplan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A council's own data on a plan or an element: any JSON object, kept exactly, and the one place
 * in a plan document where properties the format does not define are allowed.
 *
 * <p>The object is copied on the way in and on the way out, so an {@code Extensions} can be
 * shared freely. Numbers are held as the JSON reader would hold them (integers as the smallest of
 * {@code int}, {@code long} and {@code BigInteger}; other numbers as {@link BigDecimal}), so that
 * writing and reading gives an equal value. A decimal with no digits after the point, such as
 * {@code 5} or {@code 1E+3}, is written without one and so is held as an integer. NaN and
 * infinities are rejected.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Extensions {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Extensions EMPTY = new Extensions(NODES.objectNode());
    /** The largest exponent of a decimal that JSON writing puts in plain notation. */
    private static final int MAX_PLAIN_EXPONENT = 9999;

    private final ObjectNode data;

    private Extensions(ObjectNode data) {
        this.data = data;
    }

    /**
     * Returns the empty extensions.
     *
     * @return the empty instance, not null
     */
    public static Extensions empty() {
        return EMPTY;
    }

    /**
     * Obtains extensions holding a copy of {@code data}.
     *
     * @param data a JSON object, not null
     * @return the extensions, not null
     * @throws IllegalArgumentException if {@code data} holds a NaN or infinite number, or a decimal with more
     *     than 9999 digits before or after the point
     * @throws NullPointerException if {@code data} is null
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Extensions of(ObjectNode data) {
        Objects.requireNonNull(data, "extensions");
        return data.isEmpty() ? EMPTY : new Extensions((ObjectNode) normalized("extensions", data));
    }

    /**
     * Returns a copy of these extensions with one property set.
     *
     * @param name the property name, not null
     * @param value the property value, not null (use a JSON null node for null)
     * @return the new extensions, not null
     * @throws IllegalArgumentException if {@code value} holds a NaN or infinite number, or a decimal with more
     *     than 9999 digits before or after the point
     * @throws NullPointerException if an argument is null
     */
    public Extensions with(String name, JsonNode value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        ObjectNode copy = data.deepCopy();
        copy.set(name, normalized("extensions." + name, value));
        return new Extensions(copy);
    }

    /**
     * Returns a copy of one property's value.
     *
     * @param name the property name, not null
     * @return the value, or empty if there is no such property; not null
     */
    public Optional<JsonNode> get(String name) {
        Objects.requireNonNull(name, "name");
        JsonNode value = data.get(name);
        return value == null ? Optional.empty() : Optional.of(value.deepCopy());
    }

    /**
     * Returns the property names, sorted.
     *
     * @return an unmodifiable sorted set, not null
     */
    public SortedSet<String> names() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(data.propertyNames()));
    }

    /**
     * Tells whether there are no properties.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return data.isEmpty();
    }

    /**
     * Returns a copy of the whole object; changing it does not change these extensions.
     *
     * @return a new object node, not null
     */
    @JsonValue
    public ObjectNode toObjectNode() {
        return data.deepCopy();
    }

    private static JsonNode normalized(String path, JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                copy.set(e.getKey(), normalized(path + "." + e.getKey(), e.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                copy.add(normalized(path + "[" + i + "]", node.get(i)));
            }
            return copy;
        }
        if (node.isNumber()) {
            return normalizedNumber(path, node);
        }
        return node.deepCopy();
    }

    private static JsonNode normalizedNumber(String path, JsonNode node) {
        if (node.isIntegralNumber()) {
            return integral(node.bigIntegerValue());
        }
        if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
            throw new IllegalArgumentException(path + ": '" + node.doubleValue() + "' is not a finite number");
        }
        BigDecimal value = node.isBigDecimal() ? node.decimalValue() : new BigDecimal(node.asString());
        // Written in plain notation, a decimal with no fraction digits has no point and reads back
        // as an integer. Beyond the exponents plain notation allows, refuse the number: writing it,
        // or building the integer (from, say, 1e1000000000), would take unbounded time and memory.
        if (value.scale() > MAX_PLAIN_EXPONENT || value.scale() < -MAX_PLAIN_EXPONENT) {
            throw new IllegalArgumentException(path + ": '" + value + "' is out of range: at most "
                    + MAX_PLAIN_EXPONENT + " digits before or after the decimal point");
        }
        if (value.scale() <= 0) {
            return integral(value.toBigIntegerExact());
        }
        return NODES.numberNode(value);
    }

    private static JsonNode integral(BigInteger value) {
        if (value.bitLength() < Integer.SIZE) {
            return NODES.numberNode(value.intValue());
        }
        return value.bitLength() < Long.SIZE ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Extensions && data.equals(((Extensions) other).data));
    }

    @Override
    public int hashCode() {
        return data.hashCode();
    }

    /**
     * Returns the extensions as compact JSON.
     *
     * @return the JSON text, not null
     */
    @Override
    public String toString() {
        return data.toString();
    }
}
