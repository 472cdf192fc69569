package dev.dtu.twins.jira.model.jql;

import dev.dtu.twins.jira.model.jql.Operand.FunctionCall;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JQL functions the twin knows; names are matched case-insensitively, as Jira does. */
final class Functions {
    enum Kind { USER, DATE, SPRINT }

    private static final Pattern INCREMENT = Pattern.compile("([+-]?)(\\d{1,6})([yMwdhm]?)");
    private static final List<String> PERIOD_FUNCTIONS = List.of("startOfDay", "endOfDay", "startOfWeek",
            "endOfWeek", "startOfMonth", "endOfMonth", "startOfYear", "endOfYear");

    private Functions() {
    }

    /** The function's canonical name, or empty when Jira has no such function (as far as the twin knows). */
    static Optional<String> canonical(String name) {
        return names().stream().filter(n -> n.equalsIgnoreCase(name)).findFirst();
    }

    static List<String> names() {
        List<String> all = new ArrayList<>(PERIOD_FUNCTIONS);
        all.addAll(List.of("currentUser", "membersOf", "now", "openSprints", "closedSprints", "futureSprints"));
        return all;
    }

    static Kind kind(String canonical) {
        if (canonical.endsWith("Sprints")) {
            return Kind.SPRINT;
        }
        return canonical.equals("currentUser") || canonical.equals("membersOf") ? Kind.USER : Kind.DATE;
    }

    /** Jira's arity error for this call, if any. */
    static Optional<String> arityError(String canonical, int received) {
        return switch (canonical) {
            case "currentUser", "now", "openSprints", "closedSprints", "futureSprints" -> received == 0 ? Optional.empty()
                    : Optional.of(JqlMessages.functionArity(canonical, "0", received));
            case "membersOf" -> received == 1 ? Optional.empty()
                    : Optional.of(JqlMessages.functionArity(canonical, "1", received));
            default -> received <= 1 ? Optional.empty() : Optional.of("Function '" + canonical
                    + "' expected between '0' and '1' arguments but received '" + received + "'.");
        };
    }

    static boolean validIncrement(String argument) {
        return INCREMENT.matcher(argument.trim()).matches();
    }

    /** The instant a date function stands for. */
    static Instant date(FunctionCall call, Instant now, ZoneId zone, DayOfWeek firstDay) {
        String name = canonical(call.name()).orElseThrow();
        if (name.equals("now")) {
            return now;
        }
        ZonedDateTime here = now.atZone(zone);
        ChronoUnit unit = unitOf(name);
        ZonedDateTime start = startOf(here, unit, firstDay);
        ZonedDateTime base = name.startsWith("end") ? start.plus(1, unit).minusNanos(1_000_000) : start;
        return call.args().isEmpty() ? base.toInstant() : increment(base, call.args().getFirst(), unit).toInstant();
    }

    private static ChronoUnit unitOf(String name) {
        String period = name.replaceFirst("^(start|end)Of", "").toLowerCase(Locale.ROOT);
        return switch (period) {
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            case "year" -> ChronoUnit.YEARS;
            default -> ChronoUnit.DAYS;
        };
    }

    private static ZonedDateTime startOf(ZonedDateTime t, ChronoUnit unit, DayOfWeek firstDay) {
        LocalDate day = t.toLocalDate();
        LocalDate first = switch (unit) {
            case WEEKS -> day.with(TemporalAdjusters.previousOrSame(firstDay));
            case MONTHS -> day.withDayOfMonth(1);
            case YEARS -> day.withDayOfYear(1);
            default -> day;
        };
        return first.atStartOfDay(t.getZone());
    }

    /** "(+/-)nn(y|M|w|d|h|m)"; without a unit the function's own period is meant (startOfDay(-1) = yesterday). */
    private static ZonedDateTime increment(ZonedDateTime base, String argument, ChronoUnit defaultUnit) {
        Matcher m = INCREMENT.matcher(argument.trim());
        if (!m.matches()) {
            return base;
        }
        long amount = Long.parseLong(m.group(2)) * ("-".equals(m.group(1)) ? -1 : 1);
        return switch (m.group(3)) {
            case "y" -> base.plus(Period.ofYears((int) amount));
            case "M" -> base.plus(Period.ofMonths((int) amount));
            case "w" -> base.plus(Period.ofWeeks((int) amount));
            case "d" -> base.plus(Period.ofDays((int) amount));
            case "h" -> base.plus(Duration.ofHours(amount));
            case "m" -> base.plus(Duration.ofMinutes(amount));
            default -> base.plus(amount, defaultUnit);
        };
    }
}
