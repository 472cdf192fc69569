package dev.dtu.twins.google.drive.model;

import dev.dtu.twins.google.drive.model.DriveQuery.InvalidQueryException;
import dev.dtu.twins.google.drive.model.DriveQuery.Literal;
import dev.dtu.twins.google.drive.model.DriveQuery.Term;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Evaluates a parsed query against one file as a caller sees it. */
public final class QueryEvaluator {

    /** What a query may ask of a file beyond its own fields. */
    public interface Subject {
        DriveFile file();

        Set<String> ownerEmails();

        Set<String> writerEmails();

        Set<String> readerEmails();

        String fullText();

        boolean sharedWithMe();

        String callerRootId();
    }

    private QueryEvaluator() {}

    /** Parses and checks a query; throws {@link InvalidQueryException} for anything Drive rejects. */
    public static DriveQuery compile(String q) {
        DriveQuery query = DriveQuery.parse(q);
        check(query);
        return query;
    }

    private static void check(DriveQuery query) {
        switch (query) {
            case DriveQuery.And a -> a.operands().forEach(QueryEvaluator::check);
            case DriveQuery.Or o -> o.operands().forEach(QueryEvaluator::check);
            case DriveQuery.Not n -> check(n.operand());
            case Term t -> checkTerm(t);
        }
    }

    private static final Set<String> STRING_FIELDS = Set.of("name", "mimeType", "fullText", "description");
    private static final Set<String> TIME_FIELDS = Set.of("modifiedTime", "createdTime", "viewedByMeTime");
    private static final Set<String> BOOL_FIELDS = Set.of("trashed", "starred", "sharedWithMe");
    private static final Set<String> IN_FIELDS = Set.of("parents", "owners", "writers", "readers");

    private static void checkTerm(Term t) {
        String op = t.operator();
        boolean ok;
        if (IN_FIELDS.contains(t.field())) {
            ok = op.equals("in") && t.value().isString();
        } else if (STRING_FIELDS.contains(t.field())) {
            ok = t.value().isString() && (t.field().equals("fullText") ? op.equals("contains")
                    : List.of("=", "!=", "contains").contains(op));
        } else if (TIME_FIELDS.contains(t.field())) {
            ok = t.value().isString() && List.of("=", "!=", "<", "<=", ">", ">=").contains(op);
            if (ok) {
                time(t.value());
            }
        } else if (BOOL_FIELDS.contains(t.field())) {
            ok = !t.value().isString() && List.of("=", "!=").contains(op);
        } else {
            ok = false;
        }
        if (!ok) {
            throw new InvalidQueryException("unsupported term " + t);
        }
    }

    public static boolean matches(DriveQuery query, Subject s) {
        return new Evaluation(s).matches(query);
    }

    /** One file against one query: what every clause needs of the file is worked out once, when first asked. */
    private static final class Evaluation {
        private final Subject s;
        private NameMatch name;
        private String fullText;

        Evaluation(Subject s) {
            this.s = s;
        }

        boolean matches(DriveQuery query) {
            return switch (query) {
                case DriveQuery.And a -> a.operands().stream().allMatch(this::matches);
                case DriveQuery.Or o -> o.operands().stream().anyMatch(this::matches);
                case DriveQuery.Not n -> !matches(n.operand());
                case Term t -> term(t, s, this);
            };
        }

        NameMatch name() {
            if (name == null) {
                name = NameMatch.of(s.file().name());
            }
            return name;
        }

        String fullText() {
            if (fullText == null) {
                fullText = s.fullText().toLowerCase(Locale.ROOT);
            }
            return fullText;
        }
    }

    private static boolean term(Term t, Subject s, Evaluation e) {
        DriveFile f = s.file();
        String v = t.value().text();
        return switch (t.field()) {
            case "parents" -> f.parents().contains(v) || ("root".equals(v) && f.parents().contains(s.callerRootId()));
            case "owners" -> containsIgnoreCase(s.ownerEmails(), v);
            case "writers" -> containsIgnoreCase(s.writerEmails(), v) || containsIgnoreCase(s.ownerEmails(), v);
            case "readers" -> containsIgnoreCase(s.readerEmails(), v) || containsIgnoreCase(s.writerEmails(), v)
                    || containsIgnoreCase(s.ownerEmails(), v);
            case "name" -> t.operator().equals("contains") ? e.name().contains(v) : text(t.operator(), f.name(), v);
            case "mimeType" -> text(t.operator(), f.mimeType(), v);
            case "description" -> text(t.operator(), f.description() == null ? "" : f.description(), v);
            case "fullText" -> e.fullText().contains(v.toLowerCase(Locale.ROOT));
            case "trashed" -> bool(t, f.trashed());
            case "starred" -> bool(t, f.starred());
            case "sharedWithMe" -> bool(t, s.sharedWithMe());
            case "modifiedTime", "viewedByMeTime" -> compare(t.operator(), f.modifiedTime(), time(t.value()));
            case "createdTime" -> compare(t.operator(), f.createdTime(), time(t.value()));
            default -> false;
        };
    }

    private static boolean text(String op, String actual, String value) {
        return switch (op) {
            case "=" -> actual.equals(value);
            case "!=" -> !actual.equals(value);
            case "contains" -> actual.contains(value);
            default -> false;
        };
    }

    private static boolean bool(Term t, boolean actual) {
        boolean equal = actual == t.value().isTrue();
        return t.operator().equals("=") == equal;
    }

    private static boolean compare(String op, Instant actual, Instant value) {
        int c = actual.compareTo(value);
        return switch (op) {
            case "=" -> c == 0;
            case "!=" -> c != 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    /** RFC 3339 times; without an offset the time is UTC, as Drive documents. */
    static Instant time(Literal literal) {
        String text = literal.text();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return (text.length() == 10 ? LocalDateTime.parse(text + "T00:00:00") : LocalDateTime.parse(text))
                        .toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw new InvalidQueryException("bad time " + text);
            }
        }
    }

    private static boolean containsIgnoreCase(Set<String> set, String value) {
        return set.stream().anyMatch(e -> e.equalsIgnoreCase(value));
    }
}
