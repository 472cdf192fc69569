package dev.dtu.server.resource.filter;

import java.util.Set;
import java.util.function.Function;

/**
 * Which attributes and operators an endpoint accepts in a parsed expression. Anything else is Okta's
 * E0000031, with the reason Okta's System Log API gives for such combinations.
 *
 * @param operators the operators allowed on each attribute path (empty: the attribute is not supported)
 * @param allowsNot whether {@code not (...)} is accepted
 */
public record FilterPolicy(Function<String, Set<Operator>> operators, boolean allowsNot) {

    /** Throws {@link FilterException} unless every term is supported. */
    public Filter check(Filter filter) {
        switch (filter) {
            case Filter.Or or -> {
                check(or.left());
                check(or.right());
            }
            case Filter.And and -> {
                check(and.left());
                check(and.right());
            }
            case Filter.Not not -> {
                if (!allowsNot) {
                    throw FilterException.invalidCriteria("the not operator is not supported");
                }
                check(not.operand());
            }
            case Filter.Present present -> checkTerm(present.path(), Operator.PR);
            case Filter.Comparison c -> checkTerm(c.path(), c.operator());
        }
        return filter;
    }

    private void checkTerm(String path, Operator operator) {
        if (!operators.apply(path).contains(operator)) {
            throw FilterException.invalidCriteria("The supplied combination of operator and field is not "
                    + "currently supported. Operator: " + operator.token() + ", Field: " + path);
        }
    }
}
