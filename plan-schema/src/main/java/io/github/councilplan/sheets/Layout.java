package io.github.councilplan.sheets;

import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.structure.ObjectShape;
import io.github.councilplan.model.structure.PlanStructure;
import io.github.councilplan.model.structure.Property;
import io.github.councilplan.model.structure.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sheets of a plan workbook, derived from {@link PlanStructure}: the plan's sheet, one sheet
 * per kind of element and one per kind of object a plan or an element holds in a list of its own
 * (links, targets, actuals, progress updates, ...), and one per kind of object such a listed object
 * holds in a list of its own (a target's revisions: "Target revisions"), its rows keyed to the
 * listed object by its element's id and its number in its element's list. Each is named for its
 * shape, in the plural ("Deliverables", "Progress updates").
 *
 * <p>The class is stateless and thread-safe.
 */
final class Layout {
    /** The column that names the element or object a row belongs to (empty: the plan). */
    static final String PARENT = "parent";
    /** The column that names the parent's list a row is in, where the parent has two for it. */
    static final String IN = "in";

    private static final Map<String, ObjectShape> BY_SHEET = new LinkedHashMap<>();
    /** The sheets of a listed object's lists, each with the shape of the listed object. */
    private static final Map<ObjectShape, ObjectShape> OWNERS = new LinkedHashMap<>();

    static {
        BY_SHEET.put(sheetName(PlanStructure.plan()), PlanStructure.plan());
        for (ObjectShape shape : PlanStructure.shapes()) {
            if (shape.kind().isPresent() && shape.kind().get() != ElementKind.PLAN) {
                BY_SHEET.put(sheetName(shape), shape);
            }
        }
        for (ObjectShape owner : PlanStructure.shapes()) {
            if (owner.kind().isPresent()) {
                for (Property property : owner.properties()) {
                    if (property.type() == ValueType.OBJECT_LIST) {
                        ObjectShape item = PlanStructure.named(property.shape().orElseThrow()).orElseThrow();
                        BY_SHEET.putIfAbsent(sheetName(item), item);
                    }
                }
            }
        }
        List<ObjectShape> listed = new ArrayList<>();
        for (ObjectShape shape : BY_SHEET.values()) {
            if (shape.kind().isEmpty()) {
                listed.add(shape);
            }
        }
        for (ObjectShape owner : listed) {
            for (ObjectShape element : PlanStructure.shapes()) {
                if (element.kind().isPresent() && holders(element, owner).size() > 1) {
                    throw new IllegalStateException("a " + element.name() + " lists " + owner.name()
                            + " objects in two lists, so their lists' sheets cannot number them");
                }
            }
            for (Property property : owner.properties()) {
                if (property.type() == ValueType.OBJECT_LIST) {
                    ObjectShape item = shapeOf(property);
                    ObjectShape before = BY_SHEET.putIfAbsent(sheetName(item), item);
                    if (before != null && !OWNERS.containsKey(before) || OWNERS.containsKey(item)
                            && OWNERS.get(item) != owner || item.property(owner.name()).isPresent()) {
                        throw new IllegalStateException("the sheet of " + owner.name() + "'s " + property.name()
                                + " cannot be derived: " + item.name() + " objects are listed elsewhere too,"
                                + " or have a property " + owner.name());
                    }
                    OWNERS.put(item, owner);
                }
            }
        }
    }

    private Layout() {}

    /** Returns every sheet's shape, by sheet name, in the order a workbook has them. */
    static Map<String, ObjectShape> sheets() {
        return BY_SHEET;
    }

    /** Returns a shape's sheet name: its name in words, in the plural, capitalised. */
    static String sheetName(ObjectShape shape) {
        if (shape.kind().orElse(null) == ElementKind.PLAN) {
            return "Plan";
        }
        String name = shape.name();
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                words.append(' ').append(Character.toLowerCase(c));
            } else {
                words.append(c);
            }
        }
        String text = words.toString();
        text = text.endsWith("y") ? text.substring(0, text.length() - 1) + "ies" : text + "s";
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** Tells whether a sheet's rows are elements (with an id of their own). */
    static boolean isElementSheet(ObjectShape shape) {
        return shape.kind().isPresent() && shape.kind().get() != ElementKind.PLAN;
    }

    /**
     * Returns the shape of the listed object whose list a sheet's rows are in (a target, for the
     * sheet of target revisions), or empty if the sheet's rows belong to an element or the plan.
     */
    static Optional<ObjectShape> ownerOf(ObjectShape sheet) {
        return Optional.ofNullable(OWNERS.get(sheet));
    }

    /**
     * Returns the column that numbers a row's listed object among its element's ({@code target}: 1
     * for the element's first target), for a sheet of a listed object's list.
     */
    static Optional<String> ownerColumn(ObjectShape sheet) {
        return ownerOf(sheet).map(ObjectShape::name);
    }

    /**
     * Tells whether a shape's lists of objects are rows of sheets of their own: the plan's, an
     * element's, and a listed object's (whose sheet is not itself a listed object's list); the lists
     * of any other object are numbered columns of its row ({@code revisions/1/date}).
     */
    static boolean listsAreSheets(ObjectShape shape) {
        return shape.kind().isPresent() || sheetOf(shape).isPresent() && !OWNERS.containsKey(shape);
    }

    /** Tells whether a sheet is the plan's. */
    static boolean isPlanSheet(ObjectShape shape) {
        return shape.kind().orElse(null) == ElementKind.PLAN;
    }

    /**
     * Returns the properties of {@code owner} that hold objects of {@code child}'s shape in a sheet
     * of their own: its element properties for an element, its lists of objects otherwise.
     */
    static List<Property> holders(ObjectShape owner, ObjectShape child) {
        List<Property> found = new ArrayList<>();
        for (Property property : owner.properties()) {
            boolean holds = property.holdsElements() || property.type() == ValueType.OBJECT_LIST;
            if (holds && property.shape().orElseThrow().equals(child.name())) {
                found.add(property);
            }
        }
        return found;
    }

    /** Tells whether a sheet needs the column {@value #IN}: some owner holds its rows in two lists. */
    static boolean needsIn(ObjectShape sheet) {
        for (ObjectShape owner : PlanStructure.shapes()) {
            if (listsAreSheets(owner) && holders(owner, sheet).size() > 1) {
                return true;
            }
        }
        return false;
    }

    /** Returns the shape a property's object (or each object of its list) has. */
    static ObjectShape shapeOf(Property property) {
        return PlanStructure.named(property.shape().orElseThrow()).orElseThrow();
    }

    /** Returns the sheet of a shape, if it has one. */
    static Optional<String> sheetOf(ObjectShape shape) {
        String name = sheetName(shape);
        return BY_SHEET.get(name) == shape ? Optional.of(name) : Optional.empty();
    }

    /** Returns the spreadsheet name of a 0-based column: A, B, ..., Z, AA, ... */
    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int rest = (n - 1) % 26;
            name.insert(0, (char) ('A' + rest));
            n = (n - 1) / 26;
        }
        return name.toString();
    }

    /** Returns a cell's reference: {@code Deliverables!C12}. */
    static String cell(String sheet, int column, int row) {
        return sheet + "!" + columnName(column) + row;
    }
}
