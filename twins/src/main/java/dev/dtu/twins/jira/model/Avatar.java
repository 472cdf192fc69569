package dev.dtu.twins.jira.model;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A custom avatar uploaded for a project, issue type or priority ({@code owner} is its id); the cropped square image
 * is kept as base64 PNG ({@code data}). System avatars are not stored: {@link #system} lists them per type.
 */
public record Avatar(String id, String type, String owner, String data) {
    /** The avatar types Jira lists system avatars for ("issue type, project, user or priority"). */
    public static final List<String> TYPES = List.of("project", "issuetype", "user", "priority");

    /** Guessed numbering: Jira's own system avatar ids differ per site; these keep Jira's ranges (10300s for issue types). */
    private static final Map<String, List<Long>> SYSTEM = Map.of(
            "issuetype", range(10_300, 20),
            "project", range(10_400, 10),
            "user", range(10_500, 6),
            "priority", range(10_600, 6));

    public byte[] content() {
        return Base64.getDecoder().decode(data);
    }

    /** The system avatars of a type; none for a type Jira does not have. */
    public static List<Long> system(String type) {
        return SYSTEM.getOrDefault(type, List.of());
    }

    public static boolean isSystem(String type, String id) {
        return system(type).stream().anyMatch(a -> Long.toString(a).equals(id));
    }

    /** The avatar a type shows when its owner chose none: a project's 10400, the issue types' and priorities' first. */
    public static Optional<Long> defaultFor(String type) {
        return system(type).stream().findFirst();
    }

    /** Jira's system avatar for an issue type of this name (Bug 10303, Epic 10307, Story 10315, Sub-task 10316, Task 10318). */
    public static long issueTypeDefault(IssueType t) {
        return switch (t.name()) {
            case "Bug" -> 10_303;
            case "Epic" -> 10_307;
            case "Story" -> 10_315;
            case "Sub-task", "Subtask" -> 10_316;
            case "Task" -> 10_318;
            default -> t.subtask() ? 10_316 : 10_300;
        };
    }

    private static List<Long> range(long first, int count) {
        return java.util.stream.LongStream.range(first, first + count).boxed().toList();
    }
}
