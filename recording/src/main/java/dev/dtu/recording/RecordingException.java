package dev.dtu.recording;

/** A recording, seed or fidelity step that cannot go on; the message is for the person at the terminal. */
public class RecordingException extends RuntimeException {
    public RecordingException(String message) {
        super(message);
    }

    public RecordingException(String message, Throwable cause) {
        super(message, cause);
    }
}
