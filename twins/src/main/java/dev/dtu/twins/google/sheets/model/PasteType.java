package dev.dtu.twins.google.sheets.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import java.util.Arrays;
import java.util.List;

/** Google's PasteType: which parts of a copied cell a paste writes over the destination cell. */
enum PasteType {
    PASTE_NORMAL, PASTE_VALUES, PASTE_FORMAT, PASTE_NO_BORDERS, PASTE_FORMULA, PASTE_DATA_VALIDATION,
    PASTE_CONDITIONAL_FORMATTING;

    static final List<String> NAMES = Arrays.stream(values()).map(Enum::name).toList();

    /**
     * The destination cell after pasting {@code source} (whose formula is already moved for the destination).
     * Values are pasted as the source's computed value, so a formula pastes what it shows.
     */
    StoredCell paste(StoredCell destination, StoredCell source) {
        return switch (this) {
            case PASTE_NORMAL -> source;
            case PASTE_NO_BORDERS -> source.withFormat(keepBorders(source.userEnteredFormat(),
                    destination.userEnteredFormat()));
            case PASTE_VALUES -> destination.withEntered(CellValueJson.toCellValue(source.effectiveValue()), null);
            case PASTE_FORMULA -> destination.withEntered(CellValueJson.toExtended(source.userEnteredValue()), null);
            case PASTE_FORMAT -> destination.withFormat(source.userEnteredFormat())
                    .withDataValidation(source.dataValidation());
            case PASTE_DATA_VALIDATION -> destination.withDataValidation(source.dataValidation());
            // The twin keeps no conditional format rules, so there is nothing to paste.
            case PASTE_CONDITIONAL_FORMATTING -> destination;
        };
    }

    /** Normal pastes carry merges; the others leave the destination's merges as they are. */
    boolean pastesMerges() {
        return this == PASTE_NORMAL || this == PASTE_NO_BORDERS;
    }

    // The source's format without its borders, the destination's borders kept.
    private static JsonNode keepBorders(JsonNode source, JsonNode destination) {
        ObjectNode f = source == null ? Json.object() : ((ObjectNode) source).deepCopy();
        f.remove("borders");
        if (destination != null && destination.has("borders")) {
            f.set("borders", destination.get("borders").deepCopy());
        }
        return f.isEmpty() ? null : f;
    }
}
