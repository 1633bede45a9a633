package io.github.councilplan.schema;

import io.github.councilplan.model.message.ShownValue;
import io.github.councilplan.model.structure.ObjectShape;
import io.github.councilplan.model.structure.PlanStructure;
import io.github.councilplan.model.structure.Property;
import io.github.councilplan.model.structure.ValueType;
import io.github.councilplan.schema.jsonschema.SchemaProblems;
import io.github.councilplan.schema.read.LocatedTree;
import io.github.councilplan.schema.read.Pointers;
import io.github.councilplan.schema.rules.ElementPaths;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * The check of the extensions a plan declares ({@code extensionsUsed}): each declared extension
 * needs a usable schema, given to the validator or found on the class path
 * ({@link ProblemCode#EXTENSION_NO_SCHEMA}), and is declared once
 * ({@link ProblemCode#EXTENSION_DUPLICATE}); its data, under its name in every
 * {@code extensions} of the plan and its elements, is checked against that schema (the schema's
 * problems are {@code schema.*} problems located in the document); a key in {@code extensions}
 * that names no declared extension is a warning ({@link ProblemCode#EXTENSION_UNDECLARED}). A
 * plan that declares no extension is not checked: its extensions are free-form.
 *
 * <p>Read over the located tree, leniently: a declaration the schema refuses is skipped here.
 * Instances are thread-safe; the schemas found on the class path are compiled once each.
 */
final class ExtensionChecks {
    private final Map<String, ExtensionSchema> given;
    private final ClassLoader loader;
    private final ConcurrentMap<String, Found> found = new ConcurrentHashMap<>();

    /** A schema found for a name and version, or why there is none. */
    private record Found(ExtensionSchema schema, String missing) {}

    ExtensionChecks(Map<String, ExtensionSchema> given, ClassLoader loader) {
        this.given = Map.copyOf(given);
        this.loader = loader;
    }

    /** The key of a name and version. */
    static String key(String name, String version) {
        return name + "@" + version;
    }

    /**
     * Tells whether a plan declares any extension.
     *
     * @param root the document's root
     * @return true if it has a non-empty {@code extensionsUsed}
     */
    static boolean declaresAny(JsonNode root) {
        JsonNode used = root.get("extensionsUsed");
        return used != null && used.isArray() && !used.isEmpty();
    }

    /** Checks a document's extensions, handing each problem to {@code problems}. */
    void check(LocatedTree tree, Consumer<Problem> problems) {
        JsonNode root = tree.root();
        if (!root.isObject() || !declaresAny(root)) {
            return;
        }
        ElementPaths paths = ElementPaths.of(root);
        JsonNode used = root.get("extensionsUsed");
        Map<String, Optional<ExtensionSchema>> declared = new LinkedHashMap<>();
        Map<String, Integer> where = new LinkedHashMap<>();
        for (int i = 0; i < used.size(); i++) {
            JsonNode use = used.get(i);
            String name = use.path("name").asString(null);
            String version = use.path("version").asString(null);
            if (!use.path("name").isString() || !use.path("version").isString()) {
                continue;
            }
            String at = Pointers.child("/extensionsUsed", i);
            if (declared.containsKey(name)) {
                report(problems, tree, ProblemCode.EXTENSION_DUPLICATE, Pointers.child(at, "name"), "plan: extensionsUsed["
                        + i + "] " + ShownValue.of(name) + " is already declared as extensionsUsed[" + where.get(name)
                        + "]");
                continue;
            }
            where.put(name, i);
            Found schema = find(name, version);
            if (schema.schema() == null) {
                report(problems, tree, ProblemCode.EXTENSION_NO_SCHEMA, at, "plan: extensionsUsed[" + i + "]: "
                        + schema.missing());
                declared.put(name, Optional.empty());
                continue;
            }
            JsonNode named = use.get("schema");
            if (named != null && named.isString() && !schema.schema().id().equals(Optional.of(named.stringValue()))) {
                report(problems, tree, ProblemCode.EXTENSION_NO_SCHEMA, Pointers.child(at, "schema"),
                        "plan: extensionsUsed[" + i + "]: the schema found for extension " + ShownValue.of(name)
                        + " version " + ShownValue.of(version) + " has "
                        + schema.schema().id().map(id -> "$id " + ShownValue.of(id)).orElse("no $id")
                        + ", not " + ShownValue.of(named.stringValue()));
                declared.put(name, Optional.empty());
                continue;
            }
            declared.put(name, Optional.of(schema.schema()));
        }
        walk(root, PlanStructure.plan(), "", new Walk(tree, paths, declared, problems));
    }

    /** What one check's walk over the document needs. */
    private record Walk(LocatedTree tree, ElementPaths paths, Map<String, Optional<ExtensionSchema>> declared,
            Consumer<Problem> problems) {}

    /** Walks an object of a shape by the structure, checking every {@code extensions} in it. */
    private static void walk(JsonNode node, ObjectShape shape, String pointer, Walk walk) {
        if (!node.isObject()) {
            return;
        }
        for (Property property : shape.properties()) {
            JsonNode value = node.get(property.name());
            if (value == null) {
                continue;
            }
            String at = Pointers.child(pointer, property.name());
            if (property.type() == ValueType.EXTENSIONS) {
                extensions(value, at, walk);
            } else if (property.shape().isPresent()) {
                ObjectShape inner = PlanStructure.named(property.shape().get()).orElseThrow();
                if (value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        walk(value.get(i), inner, Pointers.child(at, i), walk);
                    }
                } else {
                    walk(value, inner, at, walk);
                }
            }
        }
    }

    private static void extensions(JsonNode extensions, String pointer, Walk walk) {
        if (!extensions.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> entry : extensions.properties()) {
            String key = entry.getKey();
            String at = Pointers.child(pointer, key);
            Optional<ExtensionSchema> schema = walk.declared().get(key);
            if (schema == null) {
                report(walk.problems(), walk.tree(), ProblemCode.EXTENSION_UNDECLARED, at,
                        walk.paths().describe(at) + ": " + at + ": " + ShownValue.of(key)
                        + " names no extension the plan declares in extensionsUsed (it declares "
                        + String.join(", ", walk.declared().keySet()) + ")");
            } else if (schema.isPresent()) {
                SchemaProblems.checkExtension(schema.get().compiled(), key, walk.tree(), walk.paths(), at,
                        walk.problems());
            }
        }
    }

    private static void report(Consumer<Problem> problems, LocatedTree tree, ProblemCode code, String pointer,
            String message) {
        int[] at = tree.locate(pointer);
        problems.accept(Problem.of(code, message, pointer, at[0], at[1]));
    }

    /** Finds the schema of an extension: the one given, else the class path's, compiled once. */
    private Found find(String name, String version) {
        String key = key(name, version);
        ExtensionSchema schema = given.get(key);
        if (schema != null) {
            return new Found(schema, null);
        }
        return found.computeIfAbsent(key, k -> {
            String what = "extension " + ShownValue.of(name) + " version " + ShownValue.of(version);
            String resource;
            try {
                resource = ExtensionSchema.resourceName(name, version);
            } catch (IllegalArgumentException e) {
                return new Found(null, "no JSON Schema for " + what + ": " + e.getMessage());
            }
            try {
                return ExtensionSchema.fromClassPath(name, version, loader)
                        .map(one -> new Found(one, null))
                        .orElseGet(() -> new Found(null, "no JSON Schema for " + what + ": none was given to the"
                                + " validator, and the class path has no " + resource));
            } catch (IOException | IllegalArgumentException e) {
                return new Found(null, "the JSON Schema of " + what + " on the class path (" + resource
                        + ") cannot be used: " + e.getMessage());
            }
        });
    }
}
