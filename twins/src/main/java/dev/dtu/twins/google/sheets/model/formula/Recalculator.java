package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.A1Range;
import dev.dtu.twins.google.sheets.model.CellAddress;
import dev.dtu.twins.google.sheets.model.CellData;
import dev.dtu.twins.google.sheets.model.CellValue;
import dev.dtu.twins.google.sheets.model.ErrorType;
import dev.dtu.twins.google.sheets.model.ExtendedValue.FormulaValue;
import dev.dtu.twins.google.sheets.model.GridRange;
import dev.dtu.twins.google.sheets.model.InMemoryWorkbook;
import dev.dtu.twins.google.sheets.model.NamedRange;
import dev.dtu.twins.google.sheets.model.SheetData;
import dev.dtu.twins.google.sheets.model.Workbook;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Evaluates every formula cell of a workbook in dependency order. Cells on a cycle, and cells that
 * can only be computed through one, get #REF! with Google's circular-dependency message.
 */
public final class Recalculator {
    static final String CIRCULAR = "Circular dependency detected. To resolve with iterative calculation, see File > Settings.";

    private final Workbook workbook;
    private final Clock clock;
    private final Map<CellAddress, Formula> formulas = new LinkedHashMap<>();
    /** Formula cells by sheet, column and row, so a reference finds the formulas inside it without a scan. */
    private final Map<Integer, TreeMap<Integer, TreeMap<Integer, CellAddress>>> formulasBySheet = new HashMap<>();
    private final Map<CellAddress, List<CellAddress>> dependents = new HashMap<>();
    private final Map<CellAddress, Integer> pending = new HashMap<>();
    private final Map<CellAddress, CellData> results = new LinkedHashMap<>();

    private Recalculator(Workbook workbook, Clock clock) {
        this.workbook = workbook;
        this.clock = clock;
    }

    /** The recalculated formula cells, by address. */
    public static Map<CellAddress, CellData> recalculate(Workbook workbook, Clock clock) {
        Recalculator recalculator = new Recalculator(workbook, clock);
        recalculator.run();
        return recalculator.results;
    }

    /** Recalculates and stores the results in the workbook. */
    public static void recalculate(InMemoryWorkbook workbook, Clock clock) {
        workbook.apply(recalculate((Workbook) workbook, clock));
    }

    private void run() {
        collectFormulas();
        formulas.keySet().forEach(this::linkDependencies);
        Deque<CellAddress> ready = new ArrayDeque<>();
        formulas.keySet().stream().filter(a -> pending.get(a) == 0).forEach(ready::add);
        while (!ready.isEmpty()) {
            CellAddress address = ready.poll();
            results.put(address, evaluate(address));
            for (CellAddress dependent : dependents.getOrDefault(address, List.of())) {
                if (pending.merge(dependent, -1, Integer::sum) == 0) {
                    ready.add(dependent);
                }
            }
        }
        formulas.keySet().stream().filter(a -> !results.containsKey(a)).forEach(this::markCircular);
    }

    private void collectFormulas() {
        for (SheetData sheet : workbook.sheets()) {
            sheet.cells().entrySet().stream()
                    .filter(e -> e.getValue().userEnteredValue() instanceof FormulaValue)
                    .sorted(Map.Entry.comparingByKey(Comparator.comparingInt(CellAddress::row)
                            .thenComparingInt(CellAddress::column)))
                    .forEach(e -> formulas.put(e.getKey(),
                            Formula.parse(((FormulaValue) e.getValue().userEnteredValue()).formula())));
        }
        formulas.keySet().forEach(a -> formulasBySheet.computeIfAbsent(a.sheetId(), k -> new TreeMap<>())
                .computeIfAbsent(a.column(), k -> new TreeMap<>()).put(a.row(), a));
    }

    private void linkDependencies(CellAddress address) {
        Set<CellAddress> dependencies = new LinkedHashSet<>();
        for (A1Range reference : formulas.get(address).references()) {
            resolve(reference, address.sheetId()).ifPresent(grid -> formulasIn(grid, dependencies));
        }
        pending.put(address, dependencies.size());
        dependencies.forEach(d -> dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(address));
    }

    private void formulasIn(GridRange grid, Set<CellAddress> into) {
        TreeMap<Integer, TreeMap<Integer, CellAddress>> columns = formulasBySheet.get(grid.sheetId());
        if (columns == null) {
            return;
        }
        int firstRow = grid.startRowIndex() == null ? 0 : grid.startRowIndex();
        int endRow = grid.endRowIndex() == null ? Integer.MAX_VALUE : grid.endRowIndex();
        int firstColumn = grid.startColumnIndex() == null ? 0 : grid.startColumnIndex();
        int endColumn = grid.endColumnIndex() == null ? Integer.MAX_VALUE : grid.endColumnIndex();
        if (firstRow >= endRow || firstColumn >= endColumn) {
            return;
        }
        for (TreeMap<Integer, CellAddress> rows : columns.subMap(firstColumn, endColumn).values()) {
            into.addAll(rows.subMap(firstRow, endRow).values());
        }
    }

    private Optional<GridRange> resolve(A1Range reference, int ownSheetId) {
        if (reference.isWholeSheet()) {
            return workbook.namedRange(reference.sheetName()).map(NamedRange::range);
        }
        if (reference.sheetName() == null) {
            return Optional.of(reference.toGridRange(ownSheetId));
        }
        return workbook.sheet(reference.sheetName()).map(s -> reference.toGridRange(s.sheetId()));
    }

    private CellData evaluate(CellAddress address) {
        SheetData sheet = workbook.sheetById(address.sheetId()).orElseThrow();
        CellReader reader = (s, row, column) ->
                results.getOrDefault(new CellAddress(s.sheetId(), row, column), s.cell(row, column));
        EvaluationContext context = new EvaluationContext(workbook, sheet, address.row(), address.column(), clock, reader);
        CellData computed = formulas.get(address).evaluateCell(context);
        return sheet.cell(address.row(), address.column()).withEffective(computed.effectiveValue(),
                computed.effectiveFormat());
    }

    private void markCircular(CellAddress address) {
        SheetData sheet = workbook.sheetById(address.sheetId()).orElseThrow();
        results.put(address, sheet.cell(address.row(), address.column())
                .withEffective(CellValue.error(ErrorType.REF, CIRCULAR), null));
    }
}
