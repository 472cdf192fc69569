package dev.dtu.recording;

/** A recording, seed or fidelity step that cannot go on; the message is for the person at the terminal. */
public class RecordingException extends RuntimeException {
    public RecordingException(String message) {
        super(message);
    }

    public RecordingException(String message, Throwable cause) {
        super(message, cause);
    }

    /** What went wrong in one line, for a person at the terminal: a RecordingException's message, else its kind too. */
    public static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        String first = message.lines().findFirst().orElse("");
        if (e instanceof RecordingException) {
            return first;
        }
        return first.isEmpty() ? e.getClass().getSimpleName() : first;
    }
}
