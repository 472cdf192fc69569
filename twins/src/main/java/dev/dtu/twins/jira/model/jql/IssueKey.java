package dev.dtu.twins.jira.model.jql;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An issue key split into project key and number, ordered by project then number. */
record IssueKey(String project, long number) implements Comparable<IssueKey> {
    private static final Pattern KEY = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)-(\\d{1,18})");
    private static final Comparator<IssueKey> ORDER =
            Comparator.comparing(IssueKey::project).thenComparingLong(IssueKey::number);

    static Optional<IssueKey> parse(String text) {
        Matcher m = KEY.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new IssueKey(m.group(1).toUpperCase(Locale.ROOT), Long.parseLong(m.group(2))));
    }

    @Override
    public int compareTo(IssueKey other) {
        return ORDER.compare(this, other);
    }
}
