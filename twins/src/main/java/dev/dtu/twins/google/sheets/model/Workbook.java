package dev.dtu.twins.google.sheets.model;

import java.util.List;
import java.util.Optional;

/** The sheets and named ranges of one spreadsheet, as the formula evaluator reads them. */
public interface Workbook {

    List<? extends SheetData> sheets();

    List<NamedRange> namedRanges();

    /** Sheet titles match case-insensitively, in formulas as in API ranges. */
    default Optional<SheetData> sheet(String title) {
        return sheets().stream().filter(s -> s.title().equalsIgnoreCase(title)).map(s -> (SheetData) s).findFirst();
    }

    default Optional<SheetData> sheetById(int sheetId) {
        return sheets().stream().filter(s -> s.sheetId() == sheetId).map(s -> (SheetData) s).findFirst();
    }

    default Optional<NamedRange> namedRange(String name) {
        return namedRanges().stream().filter(n -> n.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * Resolves a parsed range to grid coordinates: no sheet means the first sheet, and a bare name is
     * a sheet title first and a named range otherwise. Unknown names get Google's parse error.
     */
    default GridRange resolve(String a1) {
        Optional<GridRange> named = namedOnSheet(a1);
        if (named.isPresent()) {
            return named.get();
        }
        A1Range range = A1Range.parse(a1);
        try {
            return resolve(range);
        } catch (RangeParseException e) {
            throw new RangeParseException(a1);
        }
    }

    /** {@code 'Sheet1'!Name}: a named range qualified by the sheet it lies on. */
    private Optional<GridRange> namedOnSheet(String a1) {
        int bang = a1.lastIndexOf('!');
        if (bang <= 0) {
            return Optional.empty();
        }
        String sheetPart = a1.substring(0, bang);
        String title = sheetPart.length() >= 2 && sheetPart.startsWith("'") && sheetPart.endsWith("'")
                ? sheetPart.substring(1, sheetPart.length() - 1).replace("''", "'") : sheetPart;
        Optional<SheetData> sheet = sheet(title);
        return sheet.flatMap(s -> namedRange(a1.substring(bang + 1)).map(NamedRange::range)
                .filter(g -> g.sheetId() == s.sheetId()));
    }

    /** As {@link #resolve(String)}, for a range already parsed. */
    default GridRange resolve(A1Range range) {
        if (range.sheetName() == null) {
            if (sheets().isEmpty()) {
                throw new RangeParseException(range.toA1());
            }
            return range.toGridRange(sheets().get(0).sheetId());
        }
        Optional<SheetData> sheet = sheet(range.sheetName());
        if (sheet.isPresent()) {
            return range.toGridRange(sheet.get().sheetId());
        }
        if (range.isWholeSheet()) {
            return namedRange(range.sheetName()).map(NamedRange::range)
                    .orElseThrow(() -> new RangeParseException(range.toA1()));
        }
        throw new RangeParseException(range.toA1());
    }
}
