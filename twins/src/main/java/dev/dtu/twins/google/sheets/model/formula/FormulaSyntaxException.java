package dev.dtu.twins.google.sheets.model.formula;

/** A formula Google cannot parse; the cell shows #ERROR! "Formula parse error.". */
final class FormulaSyntaxException extends RuntimeException {
    FormulaSyntaxException(String detail) {
        super(detail, null, false, false);
    }
}
