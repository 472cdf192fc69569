package dev.dtu.twins.okta.model.expression;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The functions of Okta Expression Language the twin knows, by their Okta names. */
final class Functions {
    private Functions() {
    }

    static Object call(String name, List<Object> a, OktaExpression.Context context) {
        return switch (name) {
            case "String.len" -> a.get(0) == null ? null : (long) s(a, 0).length();
            case "String.append" -> s(a, 0) + s(a, 1);
            case "String.join" -> String.join(s(a, 0), a.subList(1, a.size()).stream().map(OktaExpression::str).toList());
            case "String.toUpperCase" -> a.get(0) == null ? null : s(a, 0).toUpperCase(Locale.ROOT);
            case "String.toLowerCase" -> a.get(0) == null ? null : s(a, 0).toLowerCase(Locale.ROOT);
            case "String.substring" -> a.get(0) == null ? null
                    : s(a, 0).substring(Math.min(i(a, 1), s(a, 0).length()), Math.min(i(a, 2), s(a, 0).length()));
            case "String.substringBefore" -> a.get(0) == null ? null : before(s(a, 0), s(a, 1));
            case "String.substringAfter" -> a.get(0) == null ? null : after(s(a, 0), s(a, 1));
            case "String.stringContains" -> a.get(0) != null && s(a, 0).contains(s(a, 1));
            case "String.startsWith" -> a.get(0) != null && s(a, 0).startsWith(s(a, 1));
            case "String.endsWith" -> a.get(0) != null && s(a, 0).endsWith(s(a, 1));
            case "String.replace" -> a.get(0) == null ? null : s(a, 0).replaceAll(s(a, 1), s(a, 2));
            case "String.replaceFirst" -> a.get(0) == null ? null : s(a, 0).replaceFirst(s(a, 1), s(a, 2));
            case "String.removeSpaces" -> a.get(0) == null ? null : s(a, 0).replace(" ", "");
            case "String.stringSwitch" -> stringSwitch(a);
            case "Arrays.contains" -> list(a.get(0)).contains(a.get(1));
            case "Arrays.isEmpty" -> list(a.get(0)).isEmpty();
            case "Arrays.size" -> (long) list(a.get(0)).size();
            case "Arrays.toCsvString" -> String.join(",", list(a.get(0)).stream().map(OktaExpression::str).toList());
            case "Arrays.add" -> added(a);
            case "isMemberOfGroup" -> has(context, g -> g[0].equals(s(a, 0)));
            case "isMemberOfAnyGroup" -> a.stream().anyMatch(id -> has(context, g -> g[0].equals(String.valueOf(id))));
            case "isMemberOfGroupName" -> has(context, g -> g[1].equals(s(a, 0)));
            case "isMemberOfGroupNameStartsWith" -> has(context, g -> g[1].startsWith(s(a, 0)));
            case "isMemberOfGroupNameContains" -> has(context, g -> g[1].contains(s(a, 0)));
            case "isMemberOfGroupNameRegex" -> has(context, g -> Pattern.matches(s(a, 0), g[1]));
            case "Groups.startsWith" -> names(context, g -> g.startsWith(s(a, 1)), a);
            case "Groups.endsWith" -> names(context, g -> g.endsWith(s(a, 1)), a);
            case "Groups.contains" -> names(context, g -> g.contains(s(a, 1)), a);
            case "Convert.toInt" -> a.get(0) == null ? null : Math.round(Double.parseDouble(s(a, 0)));
            case "Convert.toNum" -> a.get(0) == null ? null : Double.parseDouble(s(a, 0));
            default -> throw new IllegalArgumentException("Invalid expression: unknown function " + name);
        };
    }

    private static String s(List<Object> a, int i) {
        if (i >= a.size()) {
            throw new IllegalArgumentException("Invalid expression: missing argument " + (i + 1));
        }
        return a.get(i) == null ? "" : OktaExpression.str(a.get(i));
    }

    private static int i(List<Object> a, int i) {
        return a.get(i) instanceof Number n ? n.intValue() : Integer.parseInt(s(a, i));
    }

    private static String before(String s, String sep) {
        int at = s.indexOf(sep);
        return at < 0 ? s : s.substring(0, at);
    }

    private static String after(String s, String sep) {
        int at = s.indexOf(sep);
        return at < 0 ? s : s.substring(at + sep.length());
    }

    /** {@code String.stringSwitch(input, default, key1, value1, ...)}: the value of the first key the input contains. */
    private static Object stringSwitch(List<Object> a) {
        String input = s(a, 0);
        for (int k = 2; k + 1 < a.size(); k += 2) {
            if (input.contains(s(a, k))) {
                return a.get(k + 1);
            }
        }
        return a.size() > 1 ? a.get(1) : null;
    }

    private static List<?> list(Object v) {
        return v instanceof Collection<?> c ? new ArrayList<>(c) : v == null ? List.of() : List.of(v);
    }

    private static List<Object> added(List<Object> a) {
        List<Object> out = new ArrayList<>(list(a.get(0)));
        out.add(a.get(1));
        return out;
    }

    private static boolean has(OktaExpression.Context context, Predicate<String[]> test) {
        return context.groups().stream().anyMatch(test);
    }

    /** {@code Groups.startsWith("OKTA", prefix, limit)}: the person's Okta group names that match, at most limit. */
    private static List<String> names(OktaExpression.Context context, Predicate<String> test, List<Object> a) {
        long limit = a.size() > 2 ? i(a, 2) : 100;
        return context.groups().stream().map(g -> g[1]).filter(test).limit(limit).toList();
    }
}
