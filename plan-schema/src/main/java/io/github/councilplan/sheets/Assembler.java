package io.github.councilplan.sheets;

import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.model.message.ShownValue;
import io.github.councilplan.model.structure.ObjectShape;
import io.github.councilplan.model.structure.PlanStructure;
import io.github.councilplan.model.structure.Property;
import io.github.councilplan.model.structure.ValueType;
import io.github.councilplan.schema.Problem;
import io.github.councilplan.schema.ProblemCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads tables back into a plan document: the inverse of {@link Flattener}. Each row becomes an
 * object of its sheet's shape, placed in its parent's list in row order, and each cell a value of
 * the type {@link PlanStructure} gives its column. A cell that does not read as its type (a word
 * in a number's column) is kept as a string, for the JSON Schema to report at that cell. Every
 * value's cell is kept, by the JSON pointer of the value, so that a problem the validator finds in
 * the document is located in the workbook.
 *
 * <p>Not thread-safe: one assembler per workbook.
 */
final class Assembler {
    /** The largest number in a numbered column ({@code behaviours/3}). */
    static final int MAX_INDEX = 10_000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A scalar value and its cell. */
    private static final class Leaf {
        final JsonNode value;
        final String cell;

        Leaf(JsonNode value, String cell) {
            this.value = value;
            this.cell = cell;
        }
    }

    /** A text's cells: untagged, by language, and the order of its languages. */
    private static final class TextCells {
        Leaf untagged;
        final Map<String, Leaf> tagged = new LinkedHashMap<>();
        Leaf order;
    }

    /** An object being read: a row's, or one nested in a row. */
    private static final class Draft {
        final ObjectShape shape;
        final String cell;
        final Map<String, Object> values = new HashMap<>();

        Draft(ObjectShape shape, String cell) {
            this.shape = shape;
            this.cell = cell;
        }
    }

    /** A parsed column header. */
    private static final class Column {
        final int index;
        final List<String> path;
        final String language;

        Column(int index, List<String> path, String language) {
            this.index = index;
            this.path = path;
            this.language = language;
        }
    }

    private final List<Problem> problems = new ArrayList<>();
    private final List<String> problemCells = new ArrayList<>();
    private final Map<String, String> cells = new HashMap<>();

    /** What reading the tables gave: the document (if any) and the problems found on the way. */
    static final class Result {
        final ObjectNode document;
        final Map<String, String> cells;
        final List<Problem> problems;
        final List<String> problemCells;

        Result(ObjectNode document, Map<String, String> cells, List<Problem> problems, List<String> problemCells) {
            this.document = document;
            this.cells = cells;
            this.problems = problems;
            this.problemCells = problemCells;
        }
    }

    private Assembler() {}

    /** Reads tables into a document. */
    static Result assemble(List<Table> tables) {
        return new Assembler().read(tables);
    }

    private Result read(List<Table> tables) {
        Draft plan = null;
        Map<String, Draft> byId = new HashMap<>();
        List<Object[]> placed = new ArrayList<>();
        List<Object[]> nested = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Table table : tables) {
            ObjectShape shape = Layout.sheets().get(table.name);
            if (shape == null) {
                problem(ProblemCode.SHEET_STRUCTURE, "the format has no sheet " + ShownValue.of(table.name)
                        + "; its sheets are " + String.join(", ", Layout.sheets().keySet()), table.name, 0,
                        table.headerRow);
                continue;
            }
            if (!seen.add(table.name)) {
                problem(ProblemCode.SHEET_STRUCTURE, "a second sheet " + ShownValue.of(table.name), table.name, 0,
                        table.headerRow);
                continue;
            }
            List<Column> columns = columns(table, shape);
            for (Table.Row row : table.rows) {
                if (row.isEmpty()) {
                    continue;
                }
                Draft draft = new Draft(shape, Layout.cell(table.name, 0, row.number));
                String parent = null;
                String in = "";
                String owner = "";
                int parentColumn = 0;
                int inColumn = 0;
                int ownerColumn = 0;
                for (Column column : columns) {
                    String raw = row.cell(column.index);
                    if (column.path.get(0).equals(Layout.PARENT)) {
                        parent = raw;
                        parentColumn = column.index;
                    } else if (column.path.get(0).equals(Layout.IN)) {
                        in = raw;
                        inColumn = column.index;
                    } else if (column.language == null && column.path.size() == 1
                            && Layout.ownerColumn(shape).filter(column.path.get(0)::equals).isPresent()) {
                        owner = raw;
                        ownerColumn = column.index;
                    } else if (!raw.isEmpty()) {
                        set(draft, column, 0, raw, Layout.cell(table.name, column.index, row.number));
                    }
                }
                if (Layout.isPlanSheet(shape)) {
                    if (plan == null) {
                        plan = draft;
                    } else {
                        problem(ProblemCode.SHEET_STRUCTURE, "a plan has one row in the sheet Plan; this is another",
                                table.name, 0, row.number);
                    }
                    continue;
                }
                if (Layout.isElementSheet(shape)) {
                    Object id = draft.values.get("id");
                    if (id instanceof Leaf && ((Leaf) id).value.isString()) {
                        byId.putIfAbsent(((Leaf) id).value.stringValue(), draft);
                    }
                }
                Object[] place = {draft, parent == null ? "" : parent, in, table.name, row.number, parentColumn,
                    inColumn, owner, ownerColumn};
                (Layout.ownerOf(shape).isPresent() ? nested : placed).add(place);
            }
        }
        if (plan == null) {
            problem(ProblemCode.SHEET_STRUCTURE, "the workbook has no plan: its sheet Plan needs a row under its header",
                    "Plan", 0, 2);
            return new Result(null, cells, problems, problemCells);
        }
        for (Object[] each : placed) {
            place((Draft) each[0], (String) each[1], (String) each[2], plan, byId, (String) each[3], (int) each[4],
                    (int) each[5], (int) each[6]);
        }
        for (Object[] each : nested) {
            placeNested((Draft) each[0], (String) each[1], (String) each[2], plan, byId, (String) each[3],
                    (int) each[4], (int) each[5], (int) each[6], (String) each[7], (int) each[8]);
        }
        ObjectNode document = object(plan, "", new HashSet<>());
        return new Result(document, cells, problems, problemCells);
    }

    /**
     * Puts a row of a listed object's list (a target's revision) in the list of the listed object
     * its element ({@code parent}) has at its number ({@code target}).
     */
    @SuppressWarnings("unchecked")
    private void placeNested(Draft draft, String parentId, String in, Draft plan, Map<String, Draft> byId,
            String sheet, int row, int parentColumn, int inColumn, String number, int numberColumn) {
        Draft element = parentId.isEmpty() ? plan : byId.get(parentId);
        if (element == null) {
            problem(ProblemCode.RULE_UNRESOLVED_REFERENCE, "no element has the id " + ShownValue.of(parentId), sheet,
                    parentColumn, row);
            return;
        }
        ObjectShape ownerShape = Layout.ownerOf(draft.shape).orElseThrow();
        String column = Layout.ownerColumn(draft.shape).orElseThrow();
        String what = parentId.isEmpty() ? "the plan" : ShownValue.of(parentId) + ", a " + element.shape.name() + ",";
        List<Property> holders = Layout.holders(element.shape, ownerShape);
        if (holders.isEmpty()) {
            problem(ProblemCode.RULE_WRONG_REFERENCE_KIND, what + " holds no "
                    + Layout.sheetName(ownerShape).toLowerCase(java.util.Locale.ROOT), sheet, parentColumn, row);
            return;
        }
        int at = index(number.strip());
        if (at < 0) {
            problem(ProblemCode.SHEET_STRUCTURE, "say in the column " + column + " which of its element's "
                    + holders.get(0).name() + " holds this row: its number, 1 for the first, not "
                    + ShownValue.of(number), sheet, numberColumn, row);
            return;
        }
        Object list = element.values.get(holders.get(0).name());
        int size = list instanceof List ? ((List<Draft>) list).size() : 0;
        if (at > size) {
            problem(ProblemCode.RULE_UNRESOLVED_REFERENCE, what + " has " + size + " "
                    + (size == 1 ? column : holders.get(0).name()) + "; it has no " + column + " " + at, sheet,
                    numberColumn, row);
            return;
        }
        place(draft, ((List<Draft>) list).get(at - 1), what, in, sheet, row, parentColumn, inColumn);
    }

    /** Puts a row's object in its parent's list. */
    private void place(Draft draft, String parentId, String in, Draft plan, Map<String, Draft> byId, String sheet,
            int row, int parentColumn, int inColumn) {
        Draft parent = parentId.isEmpty() ? plan : byId.get(parentId);
        if (parent == null) {
            problem(ProblemCode.RULE_UNRESOLVED_REFERENCE, "no element has the id " + ShownValue.of(parentId), sheet,
                    parentColumn, row);
            return;
        }
        place(draft, parent, parentId.isEmpty() ? "the plan" : ShownValue.of(parentId) + ", a " + parent.shape.name()
                + ",", in, sheet, row, parentColumn, inColumn);
    }

    /** Puts a row's object in its parent's list; {@code what} names the parent in a message. */
    @SuppressWarnings("unchecked")
    private void place(Draft draft, Draft parent, String what, String in, String sheet, int row, int parentColumn,
            int inColumn) {
        List<Property> holders = Layout.holders(parent.shape, draft.shape);
        Property holder = null;
        if (!in.isEmpty()) {
            for (Property property : holders) {
                if (property.name().equals(in)) {
                    holder = property;
                }
            }
            if (holder == null) {
                problem(ProblemCode.SHEET_STRUCTURE, "a " + parent.shape.name() + " has no list " + ShownValue.of(in)
                        + " of " + Layout.sheetName(draft.shape).toLowerCase(java.util.Locale.ROOT), sheet, inColumn,
                        row);
                return;
            }
        } else if (holders.size() == 1) {
            holder = holders.get(0);
        } else if (holders.isEmpty()) {
            problem(ProblemCode.RULE_WRONG_REFERENCE_KIND, what + " holds no "
                    + Layout.sheetName(draft.shape).toLowerCase(java.util.Locale.ROOT), sheet, parentColumn, row);
            return;
        } else {
            List<String> names = new ArrayList<>();
            holders.forEach(property -> names.add(property.name()));
            problem(ProblemCode.SHEET_STRUCTURE, "say in the column in which list of the parent holds this row: "
                    + String.join(" or ", names), sheet, parentColumn, row);
            return;
        }
        if (holder.type() == ValueType.ELEMENT) {
            if (parent.values.containsKey(holder.name())) {
                problem(ProblemCode.SHEET_STRUCTURE, "a " + parent.shape.name() + " has one " + holder.name()
                        + "; this is another", sheet, 0, row);
                return;
            }
            parent.values.put(holder.name(), draft);
        } else {
            ((List<Draft>) parent.values.computeIfAbsent(holder.name(), name -> new ArrayList<Draft>())).add(draft);
        }
    }

    /** Reads a table's header: its columns, less those it reports as wrong. */
    private List<Column> columns(Table table, ObjectShape shape) {
        List<Column> columns = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < table.header.size(); i++) {
            String name = table.header.get(i).strip();
            if (name.isEmpty()) {
                for (Table.Row row : table.rows) {
                    if (!row.cell(i).isEmpty()) {
                        problem(ProblemCode.SHEET_STRUCTURE, "a value in a column without a name", table.name, i,
                                row.number);
                        break;
                    }
                }
                continue;
            }
            if (!names.add(name)) {
                problem(ProblemCode.SHEET_STRUCTURE, "a second column " + ShownValue.of(name), table.name, i,
                        table.headerRow);
                continue;
            }
            if (name.equals(Layout.PARENT) && !Layout.isPlanSheet(shape)
                    || name.equals(Layout.IN) && Layout.needsIn(shape)
                    || Layout.ownerColumn(shape).filter(name::equals).isPresent()) {
                columns.add(new Column(i, List.of(name), null));
                continue;
            }
            int at = name.indexOf('@');
            String path = at < 0 ? name : name.substring(0, at);
            String language = at < 0 ? null : name.substring(at + 1);
            Column column = new Column(i, Arrays.asList(path.split("/", -1)), language);
            // an element's, the plan's and a listed object's lists of objects are rows of sheets of their
            // own (a target's revisions); other objects' lists are numbered columns of the row
            String fault = check(shape, column.path, 0, language, Layout.listsAreSheets(shape));
            if (fault != null) {
                problem(ProblemCode.SHEET_STRUCTURE, "the sheet " + table.name + " has no column "
                        + ShownValue.of(name) + ": " + fault, table.name, i, table.headerRow);
                continue;
            }
            columns.add(column);
        }
        return columns;
    }

    /** Checks a column's path against a shape; returns what is wrong with it, or null. */
    private static String check(ObjectShape shape, List<String> path, int at, String language, boolean top) {
        String name = path.get(at);
        Property property = shape.property(name).orElse(null);
        if (property == null) {
            return "a " + shape.name() + " has no property " + ShownValue.of(name);
        }
        boolean last = at == path.size() - 1;
        switch (property.type()) {
            case ELEMENT:
            case ELEMENTS:
                return name + " are rows of the sheet " + Layout.sheetName(Layout.shapeOf(property));
            case OBJECT:
                return last ? name + " is written in columns " + name + "/..." :
                        check(Layout.shapeOf(property), path, at + 1, language, false);
            case OBJECT_LIST:
                if (top) {
                    return name + " are rows of the sheet " + Layout.sheetName(Layout.shapeOf(property));
                }
                if (at + 2 >= path.size() || index(path.get(at + 1)) < 0) {
                    return name + " is written in numbered columns " + name + "/1/...";
                }
                return check(Layout.shapeOf(property), path, at + 2, language, false);
            case TEXT:
                return last ? language(language) : name + " is a text";
            case TEXT_LIST:
                if (at + 2 != path.size() || index(path.get(at + 1)) < 0) {
                    return name + " is written in numbered columns " + name + "/1, " + name + "/2, ...";
                }
                return language(language);
            case LEAD_INS:
                if (at + 2 != path.size()) {
                    return name + " is written in columns " + name + "/LIST";
                }
                return language(language);
            default:
                if (!last) {
                    return name + " is one value";
                }
                return language == null ? null : name + " is not a text, so has no languages";
        }
    }

    private static String language(String language) {
        if (language != null && language.isEmpty()) {
            return "a language tag goes after @";
        }
        return null;
    }

    /** Returns a 1-based column number, or -1 if {@code text} is not one. */
    private static int index(String text) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        int n = Integer.parseInt(text);
        return n >= 1 && n <= MAX_INDEX ? n : -1;
    }

    /** Sets a cell's value in a draft, at the column's path from {@code at}. */
    @SuppressWarnings("unchecked")
    private void set(Draft draft, Column column, int at, String raw, String cell) {
        Property property = draft.shape.property(column.path.get(at)).orElseThrow();
        String name = property.name();
        switch (property.type()) {
            case OBJECT: {
                Draft child = (Draft) draft.values.computeIfAbsent(name, n -> new Draft(Layout.shapeOf(property),
                        cell));
                set(child, column, at + 1, raw, cell);
                break;
            }
            case OBJECT_LIST: {
                TreeMap<Integer, Draft> list = (TreeMap<Integer, Draft>) draft.values.computeIfAbsent(name,
                        n -> new TreeMap<Integer, Draft>());
                Draft child = list.computeIfAbsent(index(column.path.get(at + 1)),
                        i -> new Draft(Layout.shapeOf(property), cell));
                set(child, column, at + 2, raw, cell);
                break;
            }
            case TEXT:
                text((TextCells) draft.values.computeIfAbsent(name, n -> new TextCells()), column.language, raw, cell);
                break;
            case TEXT_LIST: {
                TreeMap<Integer, TextCells> list = (TreeMap<Integer, TextCells>) draft.values.computeIfAbsent(name,
                        n -> new TreeMap<Integer, TextCells>());
                text(list.computeIfAbsent(index(column.path.get(at + 1)), i -> new TextCells()), column.language, raw,
                        cell);
                break;
            }
            case LEAD_INS: {
                Map<String, TextCells> leadIns = (Map<String, TextCells>) draft.values.computeIfAbsent(name,
                        n -> new LinkedHashMap<String, TextCells>());
                text(leadIns.computeIfAbsent(column.path.get(at + 1), i -> new TextCells()), column.language, raw,
                        cell);
                break;
            }
            default:
                draft.values.put(name, new Leaf(scalar(property.type(), raw), cell));
        }
    }

    private static void text(TextCells text, String language, String raw, String cell) {
        Leaf leaf = new Leaf(NODES.stringNode(raw), cell);
        if (language == null) {
            text.untagged = leaf;
        } else if (language.equals(Flattener.ORDER)) {
            text.order = leaf;
        } else {
            text.tagged.put(language, leaf);
        }
    }

    /** Reads a cell as a value of a type; as a string if it does not read as one. */
    private static JsonNode scalar(ValueType type, String raw) {
        switch (type) {
            case BOOLEAN:
                if (raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false")) {
                    return NODES.booleanNode(raw.equalsIgnoreCase("true"));
                }
                return NODES.stringNode(raw);
            case DECIMAL:
                return decimal(raw);
            case LANGUAGES:
            case REFERENCES: {
                ArrayNode list = NODES.arrayNode();
                for (String word : raw.strip().split("\\s+")) {
                    if (!word.isEmpty()) {
                        list.add(word);
                    }
                }
                return list;
            }
            case EXTENSIONS:
                try {
                    JsonNode tree = PlanJson.standard().mapper().readTree(raw);
                    return tree != null && tree.isObject() ? tree : NODES.stringNode(raw);
                } catch (RuntimeException e) {
                    return NODES.stringNode(raw);
                }
            default:
                return NODES.stringNode(raw);
        }
    }

    /**
     * A number as written ({@code 12.50}, {@code -3}, {@code 1.5E+3}), kept as written: the
     * document is written without expanding exponents, and the validator's limit on a number's
     * length applies to it as to any document.
     */
    private static JsonNode decimal(String raw) {
        String text = raw.strip();
        if (text.length() <= 10_000) {
            try {
                return NODES.numberNode(new BigDecimal(text));
            } catch (NumberFormatException e) {
                // kept as a string, for the schema to report
            }
        }
        return NODES.stringNode(raw);
    }

    /** Writes a draft as a JSON object, keeping each value's cell by its pointer. */
    @SuppressWarnings("unchecked")
    private ObjectNode object(Draft draft, String pointer, Set<Draft> done) {
        ObjectNode node = NODES.objectNode();
        cells.putIfAbsent(pointer, draft.cell);
        if (!done.add(draft)) {
            return node;
        }
        for (Property property : draft.shape.properties()) {
            Object value = draft.values.get(property.name());
            if (value == null) {
                continue;
            }
            String at = pointer + "/" + escape(property.name());
            if (value instanceof Leaf) {
                node.set(property.name(), ((Leaf) value).value);
                cells.put(at, ((Leaf) value).cell);
            } else if (value instanceof TextCells) {
                node.set(property.name(), text((TextCells) value, at));
            } else if (value instanceof Draft) {
                node.set(property.name(), object((Draft) value, at, done));
            } else if (value instanceof List) {
                ArrayNode list = node.putArray(property.name());
                for (Draft each : (List<Draft>) value) {
                    list.add(object(each, at + "/" + list.size(), done));
                }
            } else if (value instanceof TreeMap) {
                ArrayNode list = node.putArray(property.name());
                for (Object each : ((TreeMap<Integer, Object>) value).values()) {
                    String item = at + "/" + list.size();
                    list.add(each instanceof Draft ? object((Draft) each, item, done) : text((TextCells) each, item));
                }
            } else {
                ObjectNode leadIns = node.putObject(property.name());
                for (Map.Entry<String, TextCells> each : ((Map<String, TextCells>) value).entrySet()) {
                    leadIns.set(each.getKey(), text(each.getValue(), at + "/" + escape(each.getKey())));
                }
            }
        }
        return node;
    }

    private JsonNode text(TextCells text, String pointer) {
        if (text.untagged != null) {
            cells.put(pointer, text.untagged.cell);
            if (!text.tagged.isEmpty()) {
                problemAt(ProblemCode.SHEET_STRUCTURE, "a text is either untagged or in languages, not both",
                        text.tagged.values().iterator().next().cell);
            }
            return text.untagged.value;
        }
        ObjectNode node = NODES.objectNode();
        List<String> order = new ArrayList<>(text.tagged.keySet());
        if (text.order != null) {
            cells.put(pointer, text.order.cell);
            List<String> listed = Arrays.asList(text.order.value.stringValue().strip().split("\\s+"));
            if (new HashSet<>(listed).equals(new HashSet<>(order)) && listed.size() == order.size()) {
                order = listed;
            } else {
                problemAt(ProblemCode.SHEET_STRUCTURE, "the order of a text's languages names other languages than"
                        + " its columns give: " + ShownValue.of(text.order.value.stringValue()), text.order.cell);
            }
        } else if (!text.tagged.isEmpty()) {
            cells.put(pointer, text.tagged.values().iterator().next().cell);
        }
        for (String language : order) {
            Leaf leaf = text.tagged.get(language);
            node.set(language, leaf.value);
            cells.put(pointer + "/" + escape(language), leaf.cell);
        }
        return node;
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private void problem(ProblemCode code, String message, String sheet, int column, int row) {
        problemAt(code, message, Layout.cell(sheet, column, row), row, column + 1);
    }

    private void problemAt(ProblemCode code, String message, String cell) {
        problemAt(code, message, cell, 1, 1);
    }

    private void problemAt(ProblemCode code, String message, String cell, int row, int column) {
        Problem problem = Problem.of(code, message, "", Math.max(1, row), Math.max(1, column));
        problems.add(problem);
        problemCells.add(cell);
    }
}
