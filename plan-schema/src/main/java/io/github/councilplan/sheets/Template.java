package io.github.councilplan.sheets;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The empty workbook to fill in: every sheet of {@link Layout} with its columns headed.
 *
 * <p>The class is stateless and thread-safe.
 */
final class Template {
    private Template() {}

    /** Writes the template. */
    static void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            for (String name : Layout.sheets().keySet()) {
                workbook.createSheet(name);
            }
            workbook.write(out);
        }
    }
}
