package io.github.councilplan.model.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.councilplan.model.Extensions;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.access.ModelAccess;
import io.github.councilplan.model.structure.JsonNames;
import io.github.councilplan.model.structure.ObjectShape;
import io.github.councilplan.model.structure.PlanStructure;
import io.github.councilplan.model.structure.Property;
import java.lang.invoke.MethodType;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Binds a plan document to the model straight from its tokens, by the description of its
 * structure in {@link PlanStructure}, without Jackson's data binding: each shape's builder, each
 * property's setter and the reading of each type of value are found once, when the binder is made,
 * among the plain calls generated from that structure ({@link ModelAccess}). A value is made by
 * the model's own {@link JsonCreator} factory, as the data binding makes it,
 * an enum constant by {@link JsonNames}, and an {@code extensions} object as a tree of nodes.
 *
 * <p>The binder is at least as strict as {@link PlanJson#read(byte[])}, and binds an equal plan
 * where it binds one: it refuses a value of any other JSON type than its property's, a null, an
 * unknown or repeated property (or language of a text, or key of a map, or name anywhere in
 * {@code extensions}: no object it reads repeats a name), a missing required one,
 * and whatever the model's builders refuse. It refuses some documents reading accepts: a URI with white space around it. It does
 * not locate what it refuses; {@link PlanJson#read} does.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class StreamBinder {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /**
     * Makes the matchers of the shapes' property names: a JSON factory's match a name from the
     * bytes of any of Jackson's JSON parsers, and by its string from any other parser.
     */
    private static final JsonFactory NAME_MATCHERS = new JsonFactory();

    private final ShapeBinder plan;
    /** The plan's own lists whose items are objects. */
    private final List<String> separable;
    /** The readers of values, made once each while the binder is made: one per type read from a string, */
    private final Map<Class<?>, ValueReader> strings = new HashMap<>();
    /** one per enum type, */
    private final Map<Class<?>, ValueReader> enumerations = new HashMap<>();
    /** and one of text. */
    private final ValueReader texts = text(ModelAccess.factory(Text.class, Object.class));

    StreamBinder() {
        Map<String, ShapeBinder> shapes = new HashMap<>();
        for (ObjectShape shape : PlanStructure.shapes()) {
            shapes.put(shape.name(), new ShapeBinder(shape));
        }
        for (ShapeBinder shape : shapes.values()) {
            shape.bindProperties(shapes, this);
        }
        this.plan = shapes.get(PlanStructure.plan().name());
        List<String> lists = new ArrayList<>();
        for (int i = 0; i < plan.slots.length; i++) {
            if (plan.slots[i].listOfObjects) {
                lists.add(plan.shape.properties().get(i).name());
            }
        }
        this.separable = List.copyOf(lists);
    }

    /**
     * Binds the plan whose first token the parser is at, leaving the parser at its last.
     *
     * @return the plan, or null when the tokens are not a plan this binder binds
     * @throws RuntimeException when the parser, or a factory or builder of the model, refuses
     *     what it reads
     */
    Plan bind(JsonParser parser) {
        return (Plan) plan.read(parser, null);
    }

    /**
     * Names the plan's own lists whose items are objects: the lists {@link #bindList} binds, for a
     * document whose lists are bound apart from the rest of it.
     *
     * @return the names, in the order of the plan's properties
     */
    List<String> separableLists() {
        return separable;
    }

    /**
     * Binds a list of the plan's own (one of {@link #separableLists()}), whose first token
     * ({@code START_ARRAY}) the parser is at, leaving the parser at its last, as binding the whole
     * plan binds it.
     *
     * @param list the list's name
     * @return the list's items, or null when the tokens are not a list this binder binds
     * @throws RuntimeException as {@link #bind(JsonParser)} throws
     */
    @SuppressWarnings("unchecked")
    List<Object> bindList(String list, JsonParser parser) {
        return (List<Object>) plan.slots[plan.indexOf(list)].reader.read(parser);
    }

    /**
     * Binds the plan whose first token the parser is at, as {@link #bind(JsonParser)} does, but
     * for each list named in {@code given}, which the document has as an empty array and which
     * takes the items given instead (bound beforehand, with {@link #bindList}).
     *
     * @return the plan, or null when the tokens are not a plan this binder binds
     * @throws RuntimeException as {@link #bind(JsonParser)} throws
     */
    Plan bind(JsonParser parser, Map<String, List<Object>> given) {
        Object[] byIndex = new Object[plan.slots.length];
        given.forEach((list, items) -> byIndex[plan.indexOf(list)] = items);
        return (Plan) plan.read(parser, byIndex);
    }

    /**
     * Reads one value, whose first token the parser is at, leaving it at its last token.
     * Returns null to refuse the value, or throws what the parser or the model throws.
     */
    @FunctionalInterface
    private interface ValueReader {
        Object read(JsonParser parser);
    }

    /**
     * A property of a shape: its place among the shape's properties, its setter, its reader, and
     * whether it is a list of objects.
     */
    private static final class Slot {
        final long bit;
        final BiConsumer<Object, Object> setter;
        final ValueReader reader;
        final boolean listOfObjects;

        Slot(long bit, BiConsumer<Object, Object> setter, ValueReader reader, boolean listOfObjects) {
            this.bit = bit;
            this.setter = setter;
            this.reader = reader;
            this.listOfObjects = listOfObjects;
        }
    }

    /**
     * Binds the objects of one shape, through the builder of its model type. Its property names are
     * matched as the parser reads them ({@link JsonParser#nextNameMatch}), from the bytes where the
     * parser can, with no string made or looked up for a name the shape has.
     */
    private static final class ShapeBinder implements ValueReader {
        private final ObjectShape shape;
        private final Supplier<Object> newBuilder;
        private final Function<Object, Object> build;
        /** The shape's property names, in the order of its properties. */
        private final PropertyNameMatcher names;
        /** Each property's slot, at its index among the shape's properties. */
        private final Slot[] slots;
        private long required;

        ShapeBinder(ObjectShape shape) {
            if (shape.properties().size() > Long.SIZE) {
                throw new IllegalStateException(shape + ": more properties than a repeat check holds");
            }
            this.shape = shape;
            this.newBuilder = ModelAccess.newBuilder(shape.type());
            this.build = ModelAccess.build(shape.type());
            List<Named> named = new ArrayList<>(shape.properties().size());
            shape.properties().forEach(property -> named.add(Named.fromString(property.name())));
            this.names = NAME_MATCHERS.constructNameMatcher(named, false);
            this.slots = new Slot[named.size()];
        }

        /** Finds each property's setter and reader, once every shape has its binder. */
        void bindProperties(Map<String, ShapeBinder> shapes, StreamBinder binder) {
            List<Property> properties = shape.properties();
            for (int i = 0; i < properties.size(); i++) {
                Property property = properties.get(i);
                long bit = 1L << i;
                if (property.isRequired()) {
                    required |= bit;
                }
                Class<?> container = ModelAccess.returnedType(shape.type(), property.name());
                Class<?> valueType = ModelAccess.heldType(shape.type(), property.name());
                ValueReader value = binder.reader(property, valueType, shapes);
                ValueReader reader = container == List.class ? list(value)
                        : container == Map.class ? map(value) : value;
                slots[i] = new Slot(bit, ModelAccess.setter(shape.type(), property.name()), reader,
                        container == List.class && value instanceof ShapeBinder);
            }
        }

        /** The index of the property named, among the shape's properties. */
        int indexOf(String name) {
            List<Property> properties = shape.properties();
            for (int i = 0; i < properties.size(); i++) {
                if (properties.get(i).name().equals(name)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(shape + " has no property " + name);
        }

        @Override
        public Object read(JsonParser parser) {
            return read(parser, null);
        }

        /**
         * Reads an object of the shape; a property with a value in {@code given} (at the
         * property's index; null for none) takes that value instead of the one read.
         */
        Object read(JsonParser parser, Object[] given) {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Object builder = newBuilder.get();
            long seen = 0;
            int match;
            // an index of a property; else the object's end, a name the shape does not have, or no name
            while ((match = parser.nextNameMatch(names)) >= 0) {
                Slot slot = slots[match];
                if ((seen & slot.bit) != 0) {
                    return null;
                }
                seen |= slot.bit;
                parser.nextToken();
                Object value = slot.reader.read(parser);
                if (value == null) {
                    return null;
                }
                if (given != null && given[match] != null) {
                    // the document's own value is the empty array left where the items were
                    if (!((List<?>) value).isEmpty()) {
                        return null;
                    }
                    value = given[match];
                }
                slot.setter.accept(builder, value);
            }
            if (match != PropertyNameMatcher.MATCH_END_OBJECT || (seen & required) != required) {
                return null;
            }
            return build.apply(builder);
        }
    }

    /** The reader of one value of a property, of the model's type {@code valueType}. */
    private ValueReader reader(Property property, Class<?> valueType, Map<String, ShapeBinder> shapes) {
        ValueReader reader;
        Class<?> reads;
        switch (property.type()) {
            case SCHEMA_VERSION:
            case STRING:
            case LANGUAGES:
                reader = StreamBinder::string;
                reads = String.class;
                break;
            case ID:
            case REFERENCE:
            case REFERENCES:
            case DISPLAY_NUMBER:
            case PLAN_DATE:
            case PERIOD:
                reader = strings.computeIfAbsent(valueType, type -> fromString(ModelAccess.factory(type, String.class)));
                reads = valueType;
                break;
            case TEXT:
            case TEXT_LIST:
            case LEAD_INS:
                reader = texts;
                reads = Text.class;
                break;
            case BOOLEAN:
                reader = StreamBinder::bool;
                reads = Boolean.class;
                break;
            case DECIMAL:
                reader = StreamBinder::decimal;
                reads = BigDecimal.class;
                break;
            case DATE:
                reader = StreamBinder::day;
                reads = LocalDate.class;
                break;
            case URI:
                reader = StreamBinder::uri;
                reads = URI.class;
                break;
            case ENUM:
                reader = enumerations.computeIfAbsent(property.enumType().orElseThrow(), StreamBinder::enumeration);
                reads = property.enumType().orElseThrow();
                break;
            case EXTENSIONS:
                reader = StreamBinder::extensions;
                reads = Extensions.class;
                break;
            case OBJECT:
            case OBJECT_LIST:
            case ELEMENT:
            case ELEMENTS:
                ShapeBinder shape = shapes.get(property.shape().orElseThrow());
                reader = shape;
                reads = shape.shape.type();
                break;
            default:
                throw new IllegalStateException(property + ": no reader for its type");
        }
        if (!(valueType.isPrimitive() ? MethodType.methodType(valueType).wrap().returnType() : valueType)
                .isAssignableFrom(reads)) {
            throw new IllegalStateException(property + ": the model holds " + valueType.getName() + ", not "
                    + reads.getName());
        }
        return reader;
    }

    private static Object string(JsonParser parser) {
        return parser.currentToken() == JsonToken.VALUE_STRING ? parser.getString() : null;
    }

    private static ValueReader fromString(Function<Object, Object> creator) {
        return parser -> parser.currentToken() == JsonToken.VALUE_STRING ? creator.apply(parser.getString()) : null;
    }

    /** Text: a string, or an object from language tag to string, made by the model's factory. */
    private static ValueReader text(Function<Object, Object> creator) {
        return parser -> {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_STRING) {
                return creator.apply(parser.getString());
            }
            if (token != JsonToken.START_OBJECT) {
                return null;
            }
            Map<String, String> byLanguage = new LinkedHashMap<>();
            for (String tag = parser.nextName(); tag != null; tag = parser.nextName()) {
                if (parser.nextToken() != JsonToken.VALUE_STRING) {
                    return null;
                }
                if (byLanguage.put(tag, parser.getString()) != null) {
                    return null;
                }
            }
            return creator.apply(byLanguage);
        };
    }

    private static Object bool(JsonParser parser) {
        JsonToken token = parser.currentToken();
        return token == JsonToken.VALUE_TRUE ? Boolean.TRUE : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
    }

    private static Object decimal(JsonParser parser) {
        JsonToken token = parser.currentToken();
        return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
                ? parser.getDecimalValue() : null;
    }

    /** A day, read as {@link StrictDates} reads it for the data binding. */
    private static Object day(JsonParser parser) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return null;
        }
        String text = parser.getString();
        return StrictDates.isDateShape(text) ? StrictDates.day(text) : null;
    }

    /** A URI, as the data binding parses it, but only when no white space surrounds it. */
    private static Object uri(JsonParser parser) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return null;
        }
        String text = parser.getString();
        if (text.isEmpty() || !text.strip().equals(text)) {
            return null;
        }
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static ValueReader enumeration(Class<?> type) {
        Map<String, Object> constants = new HashMap<>();
        for (Object constant : type.getEnumConstants()) {
            constants.put(JsonNames.jsonName((Enum<?>) constant), constant);
        }
        return parser -> parser.currentToken() == JsonToken.VALUE_STRING ? constants.get(parser.getString()) : null;
    }

    /**
     * An {@code extensions} object, read as a tree of {@link JsonNodeFactory}'s nodes, as the data
     * binding reads it (its floating-point numbers as decimals), without a mapper: this binder is
     * made without one. {@link Extensions#of} then normalises the tree. The depth is the parser's
     * to bound.
     */
    private static Object extensions(JsonParser parser) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return null;
        }
        JsonNode tree = tree(parser);
        return tree == null ? null : Extensions.of((ObjectNode) tree);
    }

    /**
     * The value the parser is at, as a tree, the parser left at its last token; null, to refuse it,
     * when an object in it repeats a name, as every other object this binder reads refuses one.
     */
    private static JsonNode tree(JsonParser parser) {
        switch (parser.currentToken()) {
            case START_OBJECT:
                ObjectNode object = NODES.objectNode();
                for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                    parser.nextToken();
                    JsonNode value = tree(parser);
                    if (value == null || object.replace(name, value) != null) {
                        return null;
                    }
                }
                return object;
            case START_ARRAY:
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    JsonNode value = tree(parser);
                    if (value == null) {
                        return null;
                    }
                    array.add(value);
                }
                return array;
            case VALUE_STRING:
                return NODES.stringNode(parser.getString());
            case VALUE_NUMBER_INT:
                return NODES.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IllegalStateException("no JSON value at " + parser.currentToken());
        }
    }

    private static ValueReader list(ValueReader item) {
        return parser -> {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                return null;
            }
            List<Object> items = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                Object value = token == null ? null : item.read(parser);
                if (value == null) {
                    return null;
                }
                items.add(value);
            }
            return items;
        };
    }

    private static ValueReader map(ValueReader value) {
        return parser -> {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Map<String, Object> entries = new LinkedHashMap<>();
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                parser.nextToken();
                Object read = value.read(parser);
                if (read == null) {
                    return null;
                }
                if (entries.put(name, read) != null) {
                    return null;
                }
            }
            return entries;
        };
    }

}
