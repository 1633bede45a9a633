package io.github.councilplan.sheets;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.model.structure.ObjectShape;
import io.github.councilplan.model.structure.PlanStructure;
import io.github.councilplan.model.structure.Property;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a plan as tables, one per sheet of {@link Layout}: walks the plan's JSON document with
 * {@link PlanStructure} and gives each element, and each object of a list of its own, a row.
 * Within a row, an object's properties are columns named by their path ({@code edition/status}),
 * a text is one column per language ({@code title@cy}; untagged text in {@code title}, and
 * {@code title@*} listing the languages where a text gives them in another order than the
 * columns), and a list of texts or of nested objects is numbered ({@code behaviours/2@cy}). A
 * listed object's own lists (a target's revisions) are rows of a sheet of their own, each naming
 * the element in {@code parent} and the listed object by its number in the element's list
 * ({@code target}).
 *
 * <p>Not thread-safe: one flattener per plan.
 */
final class Flattener {
    /** Language rank of the column that lists a text's languages in their order. */
    static final String ORDER = "*";

    private static final int UNTAGGED = 0;

    /**
     * Writes a council's own data (extensions) as one cell, numbers as they read ({@code 4.1E+204}
     * stays short), and the document read back from tables.
     */
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One sheet being written: its columns' sort keys and its rows. */
    private static final class Sheet {
        final Map<String, List<Integer>> columns = new HashMap<>();
        final List<Map<String, String>> rows = new ArrayList<>();
    }

    private final Map<String, Integer> languages = new LinkedHashMap<>();
    private final Map<String, Sheet> sheets = new LinkedHashMap<>();
    private final JsonNode document;

    private Flattener(JsonNode document) {
        this.document = document;
        for (String sheet : Layout.sheets().keySet()) {
            sheets.put(sheet, new Sheet());
        }
    }

    /** Returns a plan's tables, every sheet of the layout, in its order (a sheet may have no rows). */
    static List<Table> tables(Plan plan) {
        JsonNode document = PlanJson.standard().mapper().readTree(PlanJson.standard().write(plan));
        return new Flattener(document).flatten();
    }

    private List<Table> flatten() {
        JsonNode declared = document.path("languages");
        for (JsonNode language : declared.values()) {
            rank(language.stringValue());
        }
        ObjectShape plan = PlanStructure.plan();
        Map<String, String> row = newRow(plan, null, null);
        fields(plan, document, "", List.of(), row, Layout.sheetName(plan), true);
        children(plan, document, "");
        List<Table> tables = new ArrayList<>();
        for (Map.Entry<String, Sheet> entry : sheets.entrySet()) {
            tables.add(table(entry.getKey(), entry.getValue()));
        }
        return tables;
    }

    private Table table(String name, Sheet sheet) {
        ObjectShape shape = Layout.sheets().get(name);
        for (String column : base(shape)) {
            sheet.columns.computeIfAbsent(column, c -> baseKey(shape, c));
        }
        List<String> header = new ArrayList<>(sheet.columns.keySet());
        header.sort(Comparator.comparing(sheet.columns::get, Flattener::compareKeys));
        Table table = new Table(name, header, 1);
        int number = 2;
        for (Map<String, String> cells : sheet.rows) {
            List<String> values = new ArrayList<>(header.size());
            for (String column : header) {
                values.add(cells.getOrDefault(column, ""));
            }
            table.rows.add(new Table.Row(number++, values));
        }
        return table;
    }

    /** The columns a sheet always has: its id and parent, the columns of its required values. */
    static List<String> base(ObjectShape shape) {
        List<String> columns = new ArrayList<>();
        if (!Layout.isPlanSheet(shape)) {
            columns.add(Layout.PARENT);
            Layout.ownerColumn(shape).ifPresent(columns::add);
            if (Layout.needsIn(shape)) {
                columns.add(Layout.IN);
            }
        }
        for (Property property : shape.properties()) {
            if (property.isRequired()) {
                switch (property.type()) {
                    case OBJECT:
                    case OBJECT_LIST:
                    case TEXT_LIST:
                    case ELEMENT:
                    case ELEMENTS:
                    case TEXT:
                        break;
                    default:
                        columns.add(property.name());
                }
            }
        }
        return columns;
    }

    private static List<Integer> baseKey(ObjectShape shape, String column) {
        boolean element = Layout.isElementSheet(shape);
        if (column.equals(Layout.PARENT)) {
            return element ? List.of(0, 1) : List.of(-3);
        }
        if (column.equals(Layout.IN)) {
            return element ? List.of(0, 2) : List.of(-1);
        }
        if (Layout.ownerColumn(shape).filter(column::equals).isPresent()) {
            return List.of(-2);
        }
        return List.of(shape.properties().indexOf(shape.property(column).orElseThrow()));
    }

    private static int compareKeys(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private int rank(String language) {
        return languages.computeIfAbsent(language, l -> languages.size() + 1);
    }

    private Map<String, String> newRow(ObjectShape shape, String parent, String in) {
        Sheet sheet = sheets.get(Layout.sheetName(shape));
        Map<String, String> row = new HashMap<>();
        if (parent != null) {
            row.put(Layout.PARENT, parent);
            sheet.columns.computeIfAbsent(Layout.PARENT, c -> baseKey(shape, c));
        }
        if (in != null) {
            row.put(Layout.IN, in);
            sheet.columns.computeIfAbsent(Layout.IN, c -> baseKey(shape, c));
        }
        sheet.rows.add(row);
        return row;
    }

    /** Writes the elements and listed objects an element (or the plan) holds, in rows of their own. */
    private void children(ObjectShape shape, JsonNode object, String id) {
        for (Property property : shape.properties()) {
            JsonNode value = object.get(property.name());
            if (value == null) {
                continue;
            }
            boolean listed = property.type() == io.github.councilplan.model.structure.ValueType.OBJECT_LIST;
            if (!property.holdsElements() && !listed) {
                continue;
            }
            ObjectShape child = Layout.shapeOf(property);
            String in = Layout.needsIn(child) ? property.name() : null;
            List<JsonNode> items = new ArrayList<>();
            if (value.isArray()) {
                value.values().forEach(items::add);
            } else {
                items.add(value);
            }
            int number = 0;
            for (JsonNode item : items) {
                number++;
                Map<String, String> row = newRow(child, id, in);
                fields(child, item, "", List.of(), row, Layout.sheetName(child), Layout.listsAreSheets(child));
                if (!listed) {
                    children(child, item, item.get("id").stringValue());
                } else if (Layout.listsAreSheets(child)) {
                    listedChildren(child, item, id, number);
                }
            }
        }
    }

    /**
     * Writes the objects a listed object holds in lists (a target's revisions) in rows of their
     * own, each naming the element and the listed object's number in the element's list.
     */
    private void listedChildren(ObjectShape shape, JsonNode object, String id, int number) {
        for (Property property : shape.properties()) {
            JsonNode value = object.get(property.name());
            if (value == null || property.type() != io.github.councilplan.model.structure.ValueType.OBJECT_LIST) {
                continue;
            }
            ObjectShape child = Layout.shapeOf(property);
            String sheet = Layout.sheetName(child);
            String in = Layout.needsIn(child) ? property.name() : null;
            String owner = Layout.ownerColumn(child).orElseThrow();
            for (JsonNode item : value.values()) {
                Map<String, String> row = newRow(child, id, in);
                row.put(owner, Integer.toString(number));
                sheets.get(sheet).columns.computeIfAbsent(owner, c -> baseKey(child, c));
                fields(child, item, "", List.of(), row, sheet, false);
            }
        }
    }

    /**
     * Writes an object's values into a row.
     *
     * @param top whether the object's lists of objects have sheets of their own (an element's, the
     *     plan's, a listed object's)
     */
    private void fields(ObjectShape shape, JsonNode object, String prefix, List<Integer> key, Map<String, String> row,
            String sheet, boolean top) {
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            Property property = shape.property(field.getKey()).orElseThrow(
                    () -> new IllegalStateException(shape + " has no property '" + field.getKey() + "'"));
            String path = prefix + property.name();
            List<Integer> at = append(key, shape.properties().indexOf(property));
            JsonNode value = field.getValue();
            switch (property.type()) {
                case ELEMENT:
                case ELEMENTS:
                    break;
                case OBJECT_LIST:
                    if (!top) {
                        ObjectShape item = Layout.shapeOf(property);
                        int i = 0;
                        for (JsonNode each : value.values()) {
                            i++;
                            fields(item, each, path + "/" + i + "/", append(at, i), row, sheet, false);
                        }
                    }
                    break;
                case OBJECT:
                    fields(Layout.shapeOf(property), value, path + "/", at, row, sheet, false);
                    break;
                case TEXT:
                    text(path, at, value, row, sheet);
                    break;
                case TEXT_LIST: {
                    int i = 0;
                    for (JsonNode each : value.values()) {
                        i++;
                        text(path + "/" + i, append(at, i), each, row, sheet);
                    }
                    break;
                }
                case LEAD_INS: {
                    List<String> lists = new ArrayList<>();
                    shape.leadInLists().forEach(list -> lists.add(list.name()));
                    for (Map.Entry<String, JsonNode> leadIn : value.properties()) {
                        int index = lists.indexOf(leadIn.getKey());
                        text(path + "/" + leadIn.getKey(), append(at, index < 0 ? 10_000 : index), leadIn.getValue(),
                                row, sheet);
                    }
                    break;
                }
                case LANGUAGES:
                case REFERENCES: {
                    List<String> words = new ArrayList<>();
                    value.values().forEach(each -> words.add(each.stringValue()));
                    put(row, sheet, path, at, String.join(" ", words));
                    break;
                }
                case EXTENSIONS:
                    put(row, sheet, path, at, JSON.writeValueAsString(value));
                    break;
                case BOOLEAN:
                    put(row, sheet, path, at, Boolean.toString(value.booleanValue()));
                    break;
                case DECIMAL:
                    put(row, sheet, path, at, value.decimalValue().toPlainString());
                    break;
                default:
                    put(row, sheet, path, at, value.stringValue());
            }
        }
    }

    private void text(String path, List<Integer> key, JsonNode value, Map<String, String> row, String sheet) {
        if (value.isString()) {
            put(row, sheet, path, append(key, UNTAGGED), value.stringValue());
            return;
        }
        int last = 0;
        boolean ordered = true;
        List<String> order = new ArrayList<>();
        for (Map.Entry<String, JsonNode> language : value.properties()) {
            int rank = rank(language.getKey());
            ordered &= rank > last;
            last = rank;
            order.add(language.getKey());
            put(row, sheet, path + "@" + language.getKey(), append(key, rank), language.getValue().stringValue());
        }
        if (!ordered) {
            put(row, sheet, path + "@" + ORDER, append(key, Integer.MAX_VALUE), String.join(" ", order));
        }
    }

    private void put(Map<String, String> row, String sheet, String column, List<Integer> key, String value) {
        sheets.get(sheet).columns.putIfAbsent(column, key);
        row.put(column, value);
    }

    private static List<Integer> append(List<Integer> key, int segment) {
        List<Integer> longer = new ArrayList<>(key.size() + 1);
        longer.addAll(key);
        longer.add(segment);
        return longer;
    }
}
