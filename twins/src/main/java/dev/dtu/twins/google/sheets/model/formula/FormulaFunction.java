package dev.dtu.twins.google.sheets.model.formula;

/** A spreadsheet function with the argument counts Google accepts. */
record FormulaFunction(String name, int minArguments, int maxArguments, Body body) {

    @FunctionalInterface
    interface Body {
        Operand apply(Arguments arguments);
    }

    static final int UNLIMITED = Integer.MAX_VALUE;

    static FormulaFunction of(String name, int min, int max, Body body) {
        return new FormulaFunction(name, min, max, body);
    }

    /** Google answers a wrong argument count with #N/A and this message. */
    String arityMessage(int given) {
        String expected;
        if (minArguments == maxArguments) {
            expected = "Expected " + minArguments + " arguments";
        } else if (maxArguments == UNLIMITED) {
            expected = "Expected at least " + minArguments + " arguments";
        } else {
            expected = "Expected between " + minArguments + " and " + maxArguments + " arguments";
        }
        return "Wrong number of arguments to " + name + ". " + expected + ", but got " + given + " arguments.";
    }
}
