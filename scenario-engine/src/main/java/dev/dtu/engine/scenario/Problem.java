package dev.dtu.engine.scenario;

/** One thing wrong with a scenario file, located for a person: file, line and field. */
public record Problem(String file, int line, String field, String message) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
