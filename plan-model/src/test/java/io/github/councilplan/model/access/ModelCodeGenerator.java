package io.github.councilplan.model.access;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.councilplan.model.Text;
import io.github.councilplan.model.structure.ObjectShape;
import io.github.councilplan.model.structure.PlanStructure;
import io.github.councilplan.model.structure.Property;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the source of {@code ModelCode} from {@link PlanStructure} and the model's types: for every
 * shape its builder and {@code build()}, for every property of a shape its accessor and its
 * builder's setter, and for every type a property holds that the model makes with a one-argument
 * static {@link JsonCreator} factory, that factory. The rules are the ones the structure and the
 * JSON binder followed when they found these methods by name at run time:
 * <ul>
 *   <li>a property is read by the public method of its shape's type that has its name;
 *   <li>a shape is built by its type's public static {@code builder()} and that builder's
 *       {@code build()};
 *   <li>a list property is set by the builder's {@code addAll<Name>(Iterable)}, a map property by its
 *       {@code putAll<Name>(Map)}, and any other by {@code <name>(value)}, the value being the
 *       accessor's type or, for an {@code Optional}, the type it holds.
 * </ul>
 * A shape, property or factory the rules do not find fails the generation with its name.
 */
final class ModelCodeGenerator {
    /**
     * How many numbers each shape's properties have: a property's number is its shape's times this
     * plus its place among its shape's properties.
     */
    static final int PROPERTIES = 256;
    /** Where the generated source is kept, from the module's directory. */
    static final String SOURCE = "src/main/java/io/github/councilplan/model/access/ModelCode.java";
    /** The command that writes it again. */
    static final String COMMAND = "./mvnw -q -pl plan-model test -Dtest=ModelCodeTest -Dmodel-code.write=true";

    private final Map<String, Class<?>> imports = new TreeMap<>();

    private ModelCodeGenerator() {}

    /**
     * Returns the source of {@code ModelCode} that the structure and the model describe today.
     *
     * @throws IllegalStateException if the rules above do not find a method
     */
    static String source() {
        return new ModelCodeGenerator().generate();
    }

    private String generate() {
        List<ObjectShape> shapes = PlanStructure.shapes();
        Map<Class<?>, Method> factories = new LinkedHashMap<>();
        factories.put(Text.class, factory(Text.class));
        for (ObjectShape shape : shapes) {
            for (Property property : shape.properties()) {
                Class<?> held = raw(new Accessor(shape, property).held());
                if (!factories.containsKey(held)) {
                    Method factory = factory(held);
                    if (factory != null) {
                        factories.put(held, factory);
                    }
                }
            }
        }

        StringBuilder body = new StringBuilder();
        // the numbers: a shape's is its place among the shapes; a property's is its shape's times PROPERTIES plus
        // its place among its shape's properties
        lookup(body, "The number of a shape's model type, or -1 for any other type.", "static int shape(Class<?> type)",
                shapes.stream().map(shape -> "type == " + name(shape.type()) + ".class").toList());
        body.append('\n');

        line(body, 1, "/** The number of a property of a shape's model type, or -1 for any other. */");
        line(body, 1, "static int property(Class<?> type, String name) {");
        for (int shape = 0; shape < shapes.size(); shape++) {
            List<Property> named = shapes.get(shape).properties();
            if (named.size() > PROPERTIES) {
                throw new IllegalStateException(shapes.get(shape).type().getSimpleName() + " has more than "
                        + PROPERTIES + " properties");
            }
            line(body, 2, "if (type == " + name(shapes.get(shape).type()) + ".class) {");
            line(body, 3, "switch (name) {");
            for (int local = 0; local < named.size(); local++) {
                line(body, 4, "case \"" + named.get(local).name() + "\":");
                line(body, 5, "return " + (shape * PROPERTIES + local) + ";");
            }
            line(body, 4, "default:");
            line(body, 5, "return -1;");
            line(body, 3, "}");
            line(body, 2, "}");
        }
        line(body, 2, "return -1;");
        line(body, 1, "}");
        body.append('\n');

        lookup(body, "The number of a type's JSON factory taking an argument of type {@code argument}, or -1.",
                "static int factory(Class<?> type, Class<?> argument)", factories.entrySet().stream()
                        .map(factory -> "type == " + name(factory.getKey()) + ".class && argument == "
                                + name(factory.getValue().getParameterTypes()[0]) + ".class")
                        .toList());
        body.append('\n');

        numbered(body, "A new builder of shape {@code shape}.", "static Object newBuilder(int shape)", "shape",
                shapes.stream().map(shape -> List.of("return " + name(shape.type()) + ".builder();")).toList());
        body.append('\n');
        numbered(body, "Builds what a builder of shape {@code shape} holds.", "static Object build(int shape, Object builder)",
                "shape", shapes.stream()
                        .map(shape -> List.of("return ((" + name(builderType(shape.type())) + ") builder).build();"))
                        .toList());
        body.append('\n');
        byShape(body, "The value of property {@code property} of an object of its shape.", "Object", "get",
                "Object owner", "owner", shapes, accessor -> List.of("return ((" + name(accessor.shape.type()) + ") owner)."
                        + accessor.method.getName() + "();"));
        body.append('\n');
        byShape(body, "Sets property {@code property} of a builder of its shape: adds a list's items, puts a map's entries.",
                "void", "set", "Object builder, Object value", "builder, value", shapes,
                accessor -> List.of("((" + name(builderType(accessor.shape.type())) + ") builder)." + accessor.setter()
                        + ";", "return;"));
        body.append('\n');
        byShape(body, "The type property {@code property}'s accessor returns, without its type arguments.", "Class<?>",
                "returned", "", "", shapes, accessor -> List.of("return " + name(accessor.container()) + ".class;"));
        body.append('\n');
        byShape(body, "The type one value of property {@code property} has: what its accessor returns, or what its list, map or"
                + " Optional holds.", "Class<?>", "held", "", "", shapes,
                accessor -> List.of("return " + name(raw(accessor.held())) + ".class;"));
        body.append('\n');
        List<List<String>> creations = new ArrayList<>();
        for (Map.Entry<Class<?>, Method> factory : factories.entrySet()) {
            Method method = factory.getValue();
            Type parameter = method.getGenericParameterTypes()[0];
            creations.add(List.of("return " + name(factory.getKey()) + "." + method.getName() + "("
                    + (parameter == Object.class ? "" : "(" + name(parameter) + ") ") + "argument);"));
        }
        numbered(body, "Makes a value with factory {@code factory}.", "static Object create(int factory, Object argument)",
                "factory", creations);

        StringBuilder source = new StringBuilder();
        source.append("package io.github.councilplan.model.access;\n\n");
        Set<String> packages = new LinkedHashSet<>();
        for (Class<?> type : imports.values()) {
            if (!type.getPackageName().equals("java.lang")) {
                packages.add("import " + type.getCanonicalName() + ";\n");
            }
        }
        packages.stream().sorted().forEach(source::append);
        source.append('\n');
        source.append("/**\n");
        source.append(" * The model's builders, accessors, setters and JSON factories as plain calls, numbered: written by\n");
        source.append(" * {@code ModelCodeGenerator} (in this package's tests) from {@code PlanStructure} and the model's\n");
        source.append(" * types, and held to them by {@code ModelCodeTest}. Do not edit: after a change to the structure or\n");
        source.append(" * the model, write it again with\n");
        source.append(" * {@code ").append(COMMAND).append("}.\n");
        source.append(" */\n");
        source.append("final class ModelCode {\n");
        line(source, 1, "private ModelCode() {}");
        source.append('\n');
        source.append(body);
        source.append("}\n");
        return source.toString();
    }

    /** A property of a shape, with its model's accessor. */
    private final class Accessor {
        final ObjectShape shape;
        final Property property;
        final Method method;

        Accessor(ObjectShape shape, Property property) {
            this.shape = shape;
            this.property = property;
            try {
                this.method = shape.type().getMethod(property.name());
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(shape.type().getSimpleName() + " has no accessor for its property '"
                        + property.name() + "'", e);
            }
            if (Modifier.isStatic(method.getModifiers())) {
                throw new IllegalStateException(shape.type().getSimpleName() + "." + property.name() + " is static");
            }
        }

        Class<?> container() {
            return method.getReturnType();
        }

        /** The type one value of the property has: the accessor's, or what its list, map or Optional holds. */
        Type held() {
            Class<?> container = container();
            if (container == List.class || container == Optional.class) {
                return argument(method.getGenericReturnType(), 0);
            }
            if (container == Map.class) {
                return argument(method.getGenericReturnType(), 1);
            }
            return container;
        }

        /** The call on the builder that sets the property to {@code value}. */
        String setter() {
            String name = property.name();
            String capitalised = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
            Class<?> builder = builderType(shape.type());
            Class<?> container = container();
            try {
                if (container == List.class) {
                    builder.getMethod("addAll" + capitalised, Iterable.class);
                    return "addAll" + capitalised + "((" + name(method.getGenericReturnType()) + ") value)";
                }
                if (container == Map.class) {
                    builder.getMethod("putAll" + capitalised, Map.class);
                    return "putAll" + capitalised + "((" + name(method.getGenericReturnType()) + ") value)";
                }
                Type held = held();
                builder.getMethod(name, raw(held));
                return name + "((" + name(boxed(held)) + ") value)";
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(shape.type().getSimpleName() + "." + name + ": no setter on "
                        + builder.getName(), e);
            }
        }
    }

    private static Class<?> builderType(Class<?> type) {
        try {
            Method factory = type.getMethod("builder");
            if (!Modifier.isStatic(factory.getModifiers()) || !Modifier.isPublic(factory.getReturnType().getModifiers())) {
                throw new NoSuchMethodException(type.getName() + ".builder() is not static or returns a hidden type");
            }
            return factory.getReturnType();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getSimpleName() + " has no public static builder()", e);
        }
    }

    /** The type's static one-argument JSON factory, or null if it has none. */
    private static Method factory(Class<?> type) {
        if (!type.getPackageName().startsWith("io.github.councilplan.")) {
            return null;
        }
        Method found = null;
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isStatic(method.getModifiers()) && Modifier.isPublic(method.getModifiers())
                    && method.isAnnotationPresent(JsonCreator.class) && method.getParameterCount() == 1) {
                if (found != null) {
                    throw new IllegalStateException(type.getSimpleName() + " has two one-argument JSON factories");
                }
                found = method;
            }
        }
        return found;
    }

    private static Type argument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType ? (Class<?>) ((ParameterizedType) type).getRawType() : (Class<?>) type;
    }

    private static Type boxed(Type type) {
        if (!(type instanceof Class) || !((Class<?>) type).isPrimitive()) {
            return type;
        }
        Map<Class<?>, Class<?>> boxes = Map.of(boolean.class, Boolean.class, int.class, Integer.class,
                long.class, Long.class, double.class, Double.class);
        Class<?> box = boxes.get(type);
        if (box == null) {
            throw new IllegalStateException("no box for " + type);
        }
        return box;
    }

    /** How the source names a type: by its simple name, imported, or its generic form. */
    private String name(Type type) {
        if (type instanceof ParameterizedType) {
            ParameterizedType parameterized = (ParameterizedType) type;
            return name(parameterized.getRawType()) + "<" + Arrays.stream(
                    parameterized.getActualTypeArguments()).map(this::name).collect(Collectors.joining(", ")) + ">";
        }
        if (type instanceof WildcardType) {
            WildcardType wildcard = (WildcardType) type;
            Type[] upper = wildcard.getUpperBounds();
            return upper.length == 1 && upper[0] == Object.class ? "?" : "? extends " + name(upper[0]);
        }
        Class<?> named = (Class<?>) type;
        if (named.isPrimitive()) {
            return named.getName();
        }
        Class<?> top = named;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        Class<?> known = imports.putIfAbsent(top.getSimpleName(), top);
        if (known != null && known != top) {
            throw new IllegalStateException(top.getName() + " and " + known.getName() + " share a simple name");
        }
        String canonical = named.getCanonicalName();
        return canonical.substring(top.getPackageName().length() + 1);
    }

    /** Writes a method that returns {@code i} when condition {@code i} holds, the first that does, and -1 when none does. */
    private static void lookup(StringBuilder body, String doc, String header, List<String> conditions) {
        line(body, 1, "/** " + doc + " */");
        line(body, 1, header + " {");
        for (int i = 0; i < conditions.size(); i++) {
            line(body, 2, "if (" + conditions.get(i) + ") {");
            line(body, 3, "return " + i + ";");
            line(body, 2, "}");
        }
        line(body, 2, "return -1;");
        line(body, 1, "}");
    }

    /**
     * Writes a method over property numbers that passes a number to a method of its shape's, which
     * runs the statements {@code statements} give for the property: two short switches rather than
     * one over every property, as the JIT's first tier compiles a switch to a comparison per case,
     * in order (a switch over some 300 properties cost about 20 ns a call on average).
     */
    private void byShape(StringBuilder body, String doc, String returned, String method, String parameters,
            String arguments, List<ObjectShape> shapes, Function<Accessor, List<String>> statements) {
        List<List<String>> dispatch = new ArrayList<>();
        String more = parameters.isEmpty() ? "" : ", " + parameters;
        for (ObjectShape shape : shapes) {
            String call = method + shapeName(shape) + "(property % " + PROPERTIES + (arguments.isEmpty() ? "" : ", "
                    + arguments) + ");";
            dispatch.add(returned.equals("void") ? List.of(call, "return;") : List.of("return " + call));
        }
        String unchecked = "@SuppressWarnings(\"unchecked\")\n    ";
        numbered(body, doc, "static " + returned + " " + method + "(int property" + more + ")",
                "property / " + PROPERTIES, dispatch, "property");
        for (ObjectShape shape : shapes) {
            body.append('\n');
            List<List<String>> cases = new ArrayList<>();
            for (Property property : shape.properties()) {
                cases.add(statements.apply(new Accessor(shape, property)));
            }
            numbered(body, method + " for the properties of " + name(shape.type()) + ", by their place in its shape.",
                    (returned.equals("void") ? unchecked : "") + "private static " + returned + " " + method
                            + shapeName(shape) + "(int property" + more + ")", "property", cases, "property");
        }
    }

    /** The shape's type's name as a part of a method's name: {@code Outcome}, {@code TextBlock}. */
    private String shapeName(ObjectShape shape) {
        return name(shape.type()).replace(".", "");
    }

    /**
     * Writes a method that runs the statements of case {@code i} for the number {@code i} and
     * refuses any other number: {@code header} is the method's declaration, annotations first.
     */
    private static void numbered(StringBuilder body, String doc, String header, String number, List<List<String>> cases) {
        numbered(body, doc, header, number, cases, number);
    }

    /** As {@link #numbered(StringBuilder, String, String, String, List)}, refusing with {@code refused} in the message. */
    private static void numbered(StringBuilder body, String doc, String header, String number, List<List<String>> cases,
            String refused) {
        line(body, 1, "/** " + doc + " */");
        line(body, 1, header + " {");
        line(body, 2, "switch (" + number + ") {");
        for (int i = 0; i < cases.size(); i++) {
            line(body, 3, "case " + i + ":");
            for (String statement : cases.get(i)) {
                line(body, 4, statement);
            }
        }
        line(body, 3, "default:");
        line(body, 4, "throw new IllegalArgumentException(Integer.toString(" + refused + "));");
        line(body, 2, "}");
        line(body, 1, "}");
    }

    private static void line(StringBuilder source, int depth, String text) {
        source.append("    ".repeat(depth)).append(text).append('\n');
    }
}
