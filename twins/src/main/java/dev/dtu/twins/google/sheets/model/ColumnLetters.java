package dev.dtu.twins.google.sheets.model;

/** Column letters (A, B, ..., Z, AA, ..., ZZZ) to 0-based column indexes and back. */
public final class ColumnLetters {
    /** Google Sheets' column limit: ZZZ is column 18278. */
    public static final int MAX_COLUMNS = 18278;

    private ColumnLetters() {
    }

    public static String toLetters(int columnIndex) {
        if (columnIndex < 0 || columnIndex >= MAX_COLUMNS) {
            throw new IllegalArgumentException("column index out of range: " + columnIndex);
        }
        StringBuilder letters = new StringBuilder();
        for (int n = columnIndex + 1; n > 0; n = (n - 1) / 26) {
            letters.append((char) ('A' + (n - 1) % 26));
        }
        return letters.reverse().toString();
    }

    public static int toIndex(String letters) {
        if (letters.isEmpty() || letters.length() > 3) {
            throw new IllegalArgumentException("not a column: " + letters);
        }
        int n = 0;
        for (char c : letters.toCharArray()) {
            char upper = Character.toUpperCase(c);
            if (upper < 'A' || upper > 'Z') {
                throw new IllegalArgumentException("not a column: " + letters);
            }
            n = n * 26 + (upper - 'A' + 1);
        }
        return n - 1;
    }
}
