package io.github.councilplan.sheets;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The text the import reads from a workbook's cell that holds a number: a number a spreadsheet
 * shows as a date (a cell someone typed a date into) as a plan document writes a date, to the
 * precision its format shows: {@code 2025-03-14} for a day ({@code 14/03/2025}),
 * {@code 2025-03} for a month ({@code Mar-25}), {@code 2025} for a year, and an ISO date and time
 * where the format shows a time of day that is not midnight; any other number as POI's
 * {@link DataFormatter} shows it, in {@link Locale#ROOT} (a decimal point, whatever the machine's
 * language). Without it, a date typed into a workbook read back as its format shows it on a
 * machine in the United States ({@code 3/14/25}), which no plan date matches. A workbook that
 * counts its dates from 1904 is read so.
 *
 * <p>Not thread-safe (POI's {@link DataFormatter} caches the formats it meets): the import makes
 * one per workbook it reads.
 */
final class CellText extends DataFormatter {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM", Locale.ROOT);
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("uuuu", Locale.ROOT);

    private final boolean date1904;

    /**
     * Makes the reader of a workbook's numbers.
     *
     * @param date1904 whether the workbook counts its dates from 1904 (its {@code date1904} flag)
     */
    CellText(boolean date1904) {
        super(Locale.ROOT);
        this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return formatRawCellContents(value, formatIndex, formatString, date1904);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
        if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)
                && DateUtil.isValidExcelDate(value)) {
            return date(DateUtil.getLocalDateTime(value, use1904, true), shown(formatString));
        }
        return super.formatRawCellContents(value, formatIndex, formatString, use1904);
    }

    /** Writes a date to the precision its format shows ({@code shown} as {@link #shown} gives it). */
    static String date(LocalDateTime when, String shown) {
        boolean time = shown.indexOf('h') >= 0 || shown.indexOf('s') >= 0;
        boolean day = shown.indexOf('d') >= 0;
        boolean year = shown.indexOf('y') >= 0 || shown.indexOf('e') >= 0;
        if (time && (!when.toLocalTime().equals(LocalTime.MIDNIGHT) || !day && !year)) {
            return when.toString();
        }
        if (day) {
            return when.toLocalDate().toString();
        }
        if (shown.indexOf('m') >= 0) { // with no hour or second shown, m is the month
            return MONTH.format(when);
        }
        if (year) {
            return YEAR.format(when);
        }
        return when.toLocalDate().toString();
    }

    /**
     * Returns the letters of a number format that show a part of a date, in lower case: without
     * its quoted and escaped text and its bracketed sections (colours, locales), an elapsed time
     * such as {@code [h]} counting as an hour.
     */
    static String shown(String format) {
        StringBuilder letters = new StringBuilder(format.length());
        StringBuilder bracketed = null;
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (quoted) {
                quoted = c != '"';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++; // an escaped character, a space as wide as one, or a fill character
            } else if (bracketed != null) {
                if (c == ']') {
                    if (bracketed.length() > 0 && bracketed.toString().matches("[hHmMsS]+")) {
                        letters.append('h'); // an elapsed time, such as [h]
                    }
                    bracketed = null;
                } else {
                    bracketed.append(c);
                }
            } else if (c == '[') {
                bracketed = new StringBuilder();
            } else if (Character.isLetter(c)) {
                letters.append(Character.toLowerCase(c));
            }
        }
        return letters.toString();
    }
}
