package dev.dtu.twins.jira.api;

import dev.dtu.twins.jira.model.expr.Expression;
import dev.dtu.twins.jira.model.expr.Expression.*;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/** The identifiers an expression reads that none of its arrow functions binds: its context variables. */
final class FreeVariables {
    private FreeVariables() {}

    static Set<String> of(Expression e) {
        Set<String> out = new TreeSet<>();
        collect(e, Set.of(), out);
        return out;
    }

    private static void collect(Expression e, Set<String> bound, Set<String> out) {
        switch (e) {
            case Literal l -> { }
            case Identifier id -> {
                if (!bound.contains(id.name())) {
                    out.add(id.name());
                }
            }
            case ListLiteral l -> l.items().forEach(i -> collect(i, bound, out));
            case ObjectLiteral o -> o.values().forEach(v -> collect(v, bound, out));
            case Member m -> {
                collect(m.target(), bound, out);
                if (m.index() != null) {
                    collect(m.index(), bound, out);
                }
            }
            case Call c -> {
                collect(c.callee(), bound, out);
                c.args().forEach(a -> collect(a, bound, out));
            }
            case Arrow a -> {
                Set<String> inner = new HashSet<>(bound);
                inner.addAll(a.params());
                collect(a.body(), inner, out);
            }
            case Unary u -> collect(u.operand(), bound, out);
            case Binary b -> {
                collect(b.left(), bound, out);
                collect(b.right(), bound, out);
            }
            case Conditional c -> {
                collect(c.test(), bound, out);
                collect(c.then(), bound, out);
                collect(c.otherwise(), bound, out);
            }
        }
    }
}
