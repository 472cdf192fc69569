package dev.dtu.twins.jira.model.expr;

import dev.dtu.twins.jira.model.expr.Evaluator.Failure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The methods of Jira expressions' lists and strings (the "List" and "String" types of Jira's type reference). */
final class Methods {
    private Methods() {}

    static Object invoke(Evaluator ev, Object target, String name, List<Object> args) {
        if (target instanceof List<?> list) {
            return list(ev, list, name, args);
        }
        if (target instanceof String s) {
            return string(s, name, args);
        }
        throw new Failure("Unrecognized method of `" + Evaluator.typeName(target) + "`: \"" + name + "\".");
    }

    private static Object list(Evaluator ev, List<?> list, String name, List<Object> args) {
        Object f = args.isEmpty() ? null : args.get(0);
        switch (name) {
            case "map" -> {
                List<Object> out = new ArrayList<>();
                list.forEach(x -> out.add(ev.apply(f, one(x))));
                return out;
            }
            case "filter" -> {
                List<Object> out = new ArrayList<>();
                list.stream().filter(x -> Evaluator.truthy(ev.apply(f, one(x)))).forEach(out::add);
                return out;
            }
            case "some" -> {
                return list.stream().anyMatch(x -> Evaluator.truthy(ev.apply(f, one(x))));
            }
            case "every" -> {
                return list.stream().allMatch(x -> Evaluator.truthy(ev.apply(f, one(x))));
            }
            case "find" -> {
                return list.stream().filter(x -> Evaluator.truthy(ev.apply(f, one(x)))).findFirst().orElse(null);
            }
            case "includes" -> {
                return list.stream().anyMatch(x -> Evaluator.same(x, f));
            }
            case "indexOf" -> {
                for (int i = 0; i < list.size(); i++) {
                    if (Evaluator.same(list.get(i), f)) {
                        return BigDecimal.valueOf(i);
                    }
                }
                return BigDecimal.valueOf(-1);
            }
            case "join" -> {
                String sep = args.isEmpty() ? "," : Evaluator.text(f);
                return String.join(sep, list.stream().map(Evaluator::text).toList());
            }
            case "reverse" -> {
                List<Object> out = new ArrayList<>(list);
                java.util.Collections.reverse(out);
                return out;
            }
            default -> throw new Failure("Unrecognized method of `List`: \"" + name + "\".");
        }
    }

    /** The argument list of one item, which may be null. */
    private static List<Object> one(Object x) {
        return java.util.Collections.singletonList(x);
    }

    private static Object string(String s, String name, List<Object> args) {
        String arg = args.isEmpty() ? "" : Evaluator.text(args.get(0));
        return switch (name) {
            case "toLowerCase" -> s.toLowerCase(Locale.ROOT);
            case "toUpperCase" -> s.toUpperCase(Locale.ROOT);
            case "trim" -> s.strip();
            case "includes" -> s.contains(arg);
            case "startsWith" -> s.startsWith(arg);
            case "endsWith" -> s.endsWith(arg);
            case "indexOf" -> BigDecimal.valueOf(s.indexOf(arg));
            case "split" -> List.of((Object[]) s.split(java.util.regex.Pattern.quote(arg), -1));
            default -> throw new Failure("Unrecognized method of `String`: \"" + name + "\".");
        };
    }
}
