package io.github.councilplan.sheets;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.model.structure.ObjectShape;
import io.github.councilplan.model.structure.Property;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The empty workbook to fill in: every sheet of {@link Layout}, its columns headed as a written
 * plan's are (untagged text, and the first of each numbered list), each heading with a note saying
 * what the column holds, and each column of enumerated values (and of true or false) with a
 * drop-down list of its values.
 *
 * <p>The class is stateless and thread-safe.
 */
final class Template {
    /** The rows below the heading that get the drop-down lists. */
    static final int LIST_ROWS = 5_000;

    /** A column of the template: its heading, its note, and its values to choose from, if any. */
    static final class Column {
        final String heading;
        final String note;
        final List<String> choices;

        Column(String heading, String note, List<String> choices) {
            this.heading = heading;
            this.note = note;
            this.choices = choices;
        }
    }

    private Template() {}

    /** Writes the template. */
    static void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (Map.Entry<String, ObjectShape> entry : Layout.sheets().entrySet()) {
                XSSFSheet sheet = workbook.createSheet(entry.getKey());
                List<Column> columns = columns(entry.getValue());
                Row heading = sheet.createRow(0);
                Drawing<?> drawing = sheet.createDrawingPatriarch();
                DataValidationHelper validations = sheet.getDataValidationHelper();
                for (int i = 0; i < columns.size(); i++) {
                    Column column = columns.get(i);
                    Cell cell = heading.createCell(i);
                    cell.setCellValue(column.heading);
                    cell.setCellStyle(bold);
                    ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
                    anchor.setCol1(i);
                    anchor.setCol2(i + 3);
                    anchor.setRow1(0);
                    anchor.setRow2(4);
                    Comment comment = drawing.createCellComment(anchor);
                    comment.setString(workbook.getCreationHelper().createRichTextString(column.note));
                    comment.setAuthor("plan template");
                    cell.setCellComment(comment);
                    sheet.setColumnWidth(i, Math.min(60, Math.max(12, column.heading.length() + 4)) * 256);
                    if (!column.choices.isEmpty()) {
                        DataValidation validation = validations.createValidation(
                                validations.createExplicitListConstraint(column.choices.toArray(new String[0])),
                                new CellRangeAddressList(1, LIST_ROWS, i, i));
                        validation.setShowErrorBox(true);
                        validation.setSuppressDropDownArrow(true);
                        sheet.addValidationData(validation);
                    }
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
        }
    }

    /** Returns a sheet's columns, as a plan's are written, with a note on each. */
    static List<Column> columns(ObjectShape shape) {
        List<Column> columns = new ArrayList<>();
        if (Layout.isElementSheet(shape)) {
            columns.add(column(shape, shape.property("id").orElseThrow(), "id"));
        }
        if (!Layout.isPlanSheet(shape)) {
            java.util.Optional<ObjectShape> listed = Layout.ownerOf(shape);
            columns.add(new Column(Layout.PARENT, Layout.isElementSheet(shape)
                    ? "The id of the element that holds this one; empty for the plan itself."
                    : listed.isPresent() ? "The id of the element whose " + listed.get().name() + " this row belongs"
                    + " to; empty for the plan itself."
                    : "The id of the element this row belongs to; empty for the plan itself.", List.of()));
            if (listed.isPresent()) {
                String list = Layout.sheetName(listed.get());
                columns.add(new Column(Layout.ownerColumn(shape).orElseThrow(), "The number of the "
                        + listed.get().name() + " this row belongs to among its element's, in the order of their rows"
                        + " in the sheet " + list + ": 1 for the first. Required.", List.of()));
            }
            if (Layout.needsIn(shape)) {
                List<String> lists = new ArrayList<>();
                for (ObjectShape owner : io.github.councilplan.model.structure.PlanStructure.shapes()) {
                    for (Property holder : Layout.holders(owner, shape)) {
                        if (!lists.contains(holder.name())) {
                            lists.add(holder.name());
                        }
                    }
                }
                columns.add(new Column(Layout.IN, "Which list of its parent holds this row: "
                        + String.join(" or ", lists) + ".", lists));
            }
        }
        add(columns, shape, "", Layout.listsAreSheets(shape));
        return columns;
    }

    private static void add(List<Column> columns, ObjectShape shape, String prefix, boolean top) {
        for (Property property : shape.properties()) {
            String name = prefix + property.name();
            switch (property.type()) {
                case ID:
                    if (!(top && Layout.isElementSheet(shape))) {
                        columns.add(column(shape, property, name));
                    }
                    break;
                case ELEMENT:
                case ELEMENTS:
                    break;
                case OBJECT_LIST:
                    if (!top) {
                        add(columns, Layout.shapeOf(property), name + "/1/", false);
                    }
                    break;
                case OBJECT:
                    add(columns, Layout.shapeOf(property), name + "/", false);
                    break;
                case TEXT_LIST:
                    columns.add(column(shape, property, name + "/1"));
                    break;
                case LEAD_INS:
                    for (Property list : shape.leadInLists()) {
                        columns.add(new Column(name + "/" + list.name(), "The words that lead in to the list "
                                + list.name() + ". " + TEXT, List.of()));
                    }
                    break;
                default:
                    columns.add(column(shape, property, name));
            }
        }
    }

    private static final String TEXT = "Text; for text in languages, use a column per language instead,"
            + " the heading followed by @ and the language: title@en, title@cy.";

    private static Column column(ObjectShape shape, Property property, String heading) {
        String required = property.isRequired() ? " Required." : "";
        List<String> choices = List.of();
        String what;
        switch (property.type()) {
            case SCHEMA_VERSION:
                what = "The version of the format: " + Plan.SCHEMA_VERSION + ".";
                break;
            case ID:
                what = "An id, unique in the plan: letters, digits and - . _ :";
                break;
            case DISPLAY_NUMBER:
                what = "The number the plan prints, such as 1.2.3 or B.";
                break;
            case TEXT:
                what = TEXT;
                break;
            case TEXT_LIST:
                what = "A list of texts, one column each: " + property.name() + "/1, " + property.name() + "/2, ... "
                        + TEXT;
                break;
            case BOOLEAN:
                what = "true or false.";
                choices = List.of("true", "false");
                break;
            case DECIMAL:
                what = "A number, such as 12.5.";
                break;
            case DATE:
                what = "A date: 2025-03-31.";
                break;
            case PLAN_DATE:
                what = "A date as precise as the plan gives it: 2025-03-31, 2025-03, 2025, 2025/26 or 2025/26 Q3.";
                break;
            case PERIOD:
                what = "A reporting period: a financial year 2025/26, a quarter 2025/26 Q1, a month 2025-04 or a"
                        + " year 2025.";
                break;
            case URI:
                what = "An absolute URI, such as https://www.example.gov.uk/plan.";
                break;
            case ENUM:
                choices = enumValues(property);
                what = "One of: " + String.join(", ", choices) + ".";
                break;
            case LANGUAGES:
                what = "Language tags, separated by spaces: en cy.";
                break;
            case REFERENCES:
                what = "Ids of " + property.kind().map(kind -> kind.name().toLowerCase(java.util.Locale.ROOT))
                        .orElse("elements") + " elements, separated by spaces.";
                break;
            case REFERENCE:
                what = "The id of an element.";
                break;
            case EXTENSIONS:
                what = "The council's own data, as a JSON object: {\"key\": \"value\"}.";
                break;
            default:
                what = "Text.";
        }
        return new Column(heading, shape.name() + " " + property.name() + ": " + what + required, choices);
    }

    private static List<String> enumValues(Property property) {
        List<String> values = new ArrayList<>();
        for (Enum<?> constant : property.enumType().orElseThrow().getEnumConstants()) {
            values.add(PlanJson.standard().mapper().valueToTree(constant).stringValue());
        }
        return values;
    }
}
