package dev.dtu.twins.jira.model;

import java.util.List;
import java.util.Optional;

/**
 * The editable application properties Atlassian's "Set application property" reference lists (advanced settings,
 * look and feel, other settings) with their defaults; a site's value is the default until an administrator sets it.
 */
public final class ApplicationProperties {
    /** One property: key, the name Jira shows, its type ("string", "boolean" or "number"), default, whether advanced. */
    public record Definition(String key, String name, String type, String defaultValue, boolean advanced) {
        /** Whether {@code value} is of this property's type. */
        public boolean accepts(String value) {
            return switch (type) {
                case "boolean" -> value.equals("true") || value.equals("false");
                case "number" -> value.matches("-?\\d{1,9}");
                default -> value.length() <= 255;
            };
        }
    }

    public static final List<Definition> ALL = List.of(
            adv("jira.clone.prefix", "The prefix added to the Summary field of cloned issues", "string", "CLONE -"),
            adv("jira.date.picker.java.format", "Date picker Java format", "string", "d/MMM/yy"),
            adv("jira.date.picker.javascript.format", "Date picker JavaScript format", "string", "%e/%b/%y"),
            adv("jira.date.time.picker.java.format", "Date time picker Java format", "string", "dd/MMM/yy h:mm a"),
            adv("jira.date.time.picker.javascript.format", "Date time picker JavaScript format", "string", "%e/%b/%y %I:%M %p"),
            adv("jira.issue.actions.order", "The default order of actions on the issue view", "string", "asc"),
            adv("jira.view.issue.links.sort.order", "The sort order of issue links", "string", "type, status, priority"),
            adv("jira.comment.collapsing.minimum.hidden", "The minimum number of comments to collapse", "number", "4"),
            adv("jira.newsletter.tip.delay.days", "Days before the Jira Insiders newsletter prompt", "number", "7"),
            other("jira.lf.date.time", "Time format", "string", "h:mm a"),
            other("jira.lf.date.day", "Day format", "string", "EEEE h:mm a"),
            other("jira.lf.date.complete", "Complete date/time format", "string", "dd/MMM/yy h:mm a"),
            other("jira.lf.date.dmy", "Day/month/year format", "string", "dd/MMM/yy"),
            other("jira.date.time.picker.use.iso8061", "Use ISO8601 standard in date picker", "boolean", "false"),
            other("jira.lf.logo.url", "Logo URL", "string", "/images/icon-jira-logo.png"),
            other("jira.lf.logo.show.application.title", "Show application title", "boolean", "false"),
            other("jira.lf.favicon.url", "Favicon URL", "string", "/favicon.ico"),
            other("jira.lf.favicon.hires.url", "High-resolution favicon URL", "string", "/images/64jira.png"),
            other("jira.lf.navigation.bgcolour", "Sidebar background colour", "string", "#0747A6"),
            other("jira.lf.navigation.highlightcolour", "Sidebar highlight colour", "string", "#DEEBFF"),
            other("jira.lf.hero.button.base.bg.colour", "Hero button background colour", "string", "#3b7fc4"),
            other("jira.title", "Application title", "string", "Jira"),
            other("jira.option.globalsharing", "Allow sharing filters and dashboards with anyone", "boolean", "true"),
            other("xflow.product.suggestions.enabled", "Show product suggestions", "boolean", "true"),
            other("jira.issuenav.criteria.autoupdate", "Instant updates to search criteria", "boolean", "true"));

    private ApplicationProperties() {}

    private static Definition adv(String key, String name, String type, String def) {
        return new Definition(key, name, type, def, true);
    }

    private static Definition other(String key, String name, String type, String def) {
        return new Definition(key, name, type, def, false);
    }

    public static Optional<Definition> definition(String key) {
        return ALL.stream().filter(d -> d.key().equals(key)).findFirst();
    }
}
