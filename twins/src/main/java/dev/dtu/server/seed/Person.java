package dev.dtu.server.seed;

import java.util.List;

/**
 * Someone who exists in the company across every twin with one identity: the same name and email are
 * their Okta login, Slack member, Jira account and Google account.
 *
 * @param id a short stable handle the twins' seed sections refer to ("ada")
 * @param groups Okta group names; twins may map them (Slack user groups, Jira groups)
 */
public record Person(
        String id,
        String name,
        String email,
        String title,
        String timezone,
        List<String> groups,
        Boolean active) {

    public Person {
        groups = groups == null ? List.of() : List.copyOf(groups);
        active = active == null ? Boolean.TRUE : active;
        timezone = timezone == null ? "UTC" : timezone;
        title = title == null ? "" : title;
    }

    public String firstName() {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    public String lastName() {
        int space = name.lastIndexOf(' ');
        return space < 0 ? "" : name.substring(space + 1);
    }

    public boolean isActive() {
        return active;
    }
}
