package dev.dtu.twins.google.sheets.model.formula;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The functions the twin knows, by case-insensitive name. */
final class Functions {
    private static final Map<String, FormulaFunction> BY_NAME = index();

    private Functions() {
    }

    static Optional<FormulaFunction> lookup(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toUpperCase(Locale.ROOT)));
    }

    private static Map<String, FormulaFunction> index() {
        Map<String, FormulaFunction> byName = new HashMap<>();
        Stream.of(AggregateFunctions.all(), ConditionalFunctions.all(), LogicalFunctions.all(),
                        TextFunctions.all(), LookupFunctions.all(), MathFunctions.all())
                .flatMap(List::stream)
                .forEach(f -> byName.put(f.name(), f));
        return Map.copyOf(byName);
    }
}
