package dev.dtu.recording.seeding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an A1 range starts: its sheet (null when unnamed), zero-based row and column.
 * {@code 'Q1 plan'!B2:D9} starts at row 1, column 1 of sheet "Q1 plan".
 */
record A1(String sheet, int row, int column) {
    private static final Pattern CELL = Pattern.compile("^\\$?([A-Za-z]*)\\$?(\\d*)");

    static A1 parse(String range) {
        String sheet = null;
        String cells = range;
        int bang = range.lastIndexOf('!');
        if (bang >= 0) {
            sheet = range.substring(0, bang);
            cells = range.substring(bang + 1);
            if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length() >= 2) {
                sheet = sheet.substring(1, sheet.length() - 1).replace("''", "'");
            }
        } else if (!range.matches("^\\$?[A-Za-z]{0,3}\\$?\\d*(:.*)?$")) {
            return new A1(range, 0, 0);
        }
        Matcher m = CELL.matcher(cells);
        if (!m.find()) {
            return new A1(sheet, 0, 0);
        }
        int column = 0;
        for (char c : m.group(1).toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            column = column * 26 + (c - 'A' + 1);
        }
        int row = m.group(2).isEmpty() ? 0 : Integer.parseInt(m.group(2)) - 1;
        return new A1(sheet, Math.max(0, row), Math.max(0, column - 1));
    }
}
