package dev.dtu.recording.fidelity;

/**
 * One way the twin's answer differs from the recorded one.
 *
 * @param path where: {@code status}, {@code header Link}, or a JSON path like {@code $.members[1].profile.title}
 * @param kind {@code value}, {@code type}, {@code missing in twin}, {@code only in twin}, {@code length}, {@code status}, {@code header}
 * @param recorded the recorded value (null when there is none)
 * @param twin the twin's value (null when there is none)
 */
public record Difference(String path, String kind, String recorded, String twin) {}
