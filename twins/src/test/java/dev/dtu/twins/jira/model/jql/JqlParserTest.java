package dev.dtu.twins.jira.model.jql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.twins.jira.model.jql.Clause.And;
import dev.dtu.twins.jira.model.jql.Clause.Not;
import dev.dtu.twins.jira.model.jql.Clause.Or;
import dev.dtu.twins.jira.model.jql.Clause.Terminal;
import dev.dtu.twins.jira.model.jql.Operand.Empty;
import dev.dtu.twins.jira.model.jql.Operand.FunctionCall;
import dev.dtu.twins.jira.model.jql.Operand.ListOperand;
import dev.dtu.twins.jira.model.jql.Operand.Value;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JqlParserTest {

    private static Clause where(String jql) {
        return Jql.parse(jql).where().orElseThrow();
    }

    private static JqlSyntaxException syntaxError(String jql) {
        return assertThrows(JqlSyntaxException.class, () -> Jql.parse(jql));
    }

    @Test
    void parsesAClauseWithQuotedAndUnquotedValues() {
        assertEquals(new Terminal("project", Operator.EQUALS, new Value("DTU")), where("project = DTU"));
        assertEquals(new Terminal("status", Operator.EQUALS, new Value("In Progress")), where("status='In Progress'"));
        assertEquals(new Terminal("summary", Operator.LIKE, new Value("say \"hi\"")), where("summary ~ \"say \\\"hi\\\"\""));
    }

    @Test
    void keywordsAreCaseInsensitiveAndAndBindsTighterThanOr() {
        Clause c = where("x = 1 or y = 2 AnD z = 3");
        Terminal a = new Terminal("x", Operator.EQUALS, new Value("1"));
        Terminal b = new Terminal("y", Operator.EQUALS, new Value("2"));
        Terminal cc = new Terminal("z", Operator.EQUALS, new Value("3"));
        assertEquals(new Or(List.of(a, new And(List.of(b, cc)))), c);
        assertEquals(new And(List.of(new Or(List.of(a, b)), cc)), where("(x = 1 OR y = 2) and z = 3"));
    }

    @Test
    void symbolsForLogicalOperators() {
        assertEquals(where("x = 1 AND y = 2 OR NOT z = 3"), where("x = 1 && y = 2 || !z = 3"));
        assertEquals(where("x = 1 AND y = 2"), where("x = 1 & y = 2"));
    }

    @Test
    void notNestsAndParenthesesKeepGrouping() {
        Terminal a = new Terminal("x", Operator.EQUALS, new Value("1"));
        assertEquals(new Not(new Not(a)), where("NOT not x = 1"));
        assertEquals(new Not(new And(List.of(a, a))), where("NOT (x = 1 AND x = 1)"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x = 1|EQUALS", "x != 1|NOT_EQUALS", "x > 1|GREATER", "x >= 1|GREATER_EQUAL", "x < 1|LESS",
        "x <= 1|LESS_EQUAL", "x ~ 1|LIKE", "x !~ 1|NOT_LIKE", "x in (1)|IN", "x NOT IN (1)|NOT_IN",
        "x is EMPTY|IS", "x IS not null|IS_NOT", "x was 1|WAS", "x was not 1|WAS_NOT", "x was in (1)|WAS_IN",
        "x WAS NOT IN (1)|WAS_NOT_IN", "x changed|CHANGED"})
    void everyOperator(String jql, Operator expected) {
        assertEquals(expected, ((Terminal) where(jql)).operator());
    }

    @Test
    void operandsOfEveryKind() {
        Terminal t = (Terminal) where("assignee in (currentUser(), EMPTY, \"bob\", membersOf(\"jira devs\"))");
        assertEquals(new ListOperand(List.of(new FunctionCall("currentUser", List.of()), new Empty(), new Value("bob"),
                new FunctionCall("membersOf", List.of("jira devs")))), t.operand());
        assertEquals(new Empty(), ((Terminal) where("due = null")).operand());
        assertEquals(new FunctionCall("startOfDay", List.of("-1d")), ((Terminal) where("created > startOfDay(-1d)")).operand());
        assertEquals(new Value("-7d"), ((Terminal) where("created >= -7d")).operand());
        assertEquals(new Value("2026-01-31 10:00"), ((Terminal) where("created >= '2026-01-31 10:00'")).operand());
    }

    @Test
    void customFieldsByIdAndName() {
        assertEquals("cf[10010]", ((Terminal) where("CF[010010] > 3")).field());
        assertEquals("Story Points", ((Terminal) where("\"Story Points\" > 3")).field());
        assertEquals("customfield_10010", ((Terminal) where("customfield_10010 > 3")).field());
    }

    @Test
    void escapesInStringsAndWords() {
        assertEquals(new Value("a@b.c"), ((Terminal) where("reporter = a\\u0040b\\u002ec")).operand());
        assertEquals(new Value("tab\there\nnl 'q' \\"), ((Terminal) where("summary ~ 'tab\\there\\nnl \\'q\\' \\\\'")).operand());
    }

    @Test
    void historyPredicates() {
        Terminal t = (Terminal) where("status CHANGED FROM \"To Do\" TO Done BY currentUser() DURING (\"2026/01/01\", \"2026/01/31\") AFTER -1w");
        assertEquals(Operator.CHANGED, t.operator());
        assertEquals(List.of(HistoryPredicate.Kind.FROM, HistoryPredicate.Kind.TO, HistoryPredicate.Kind.BY,
                HistoryPredicate.Kind.DURING, HistoryPredicate.Kind.AFTER),
                t.predicates().stream().map(HistoryPredicate::kind).toList());
        assertEquals(new ListOperand(List.of(new Value("2026/01/01"), new Value("2026/01/31"))), t.predicates().get(3).operand());
    }

    @Test
    void orderByWithSeveralKeys() {
        JqlQuery q = Jql.parse("project = DTU order by priority DESC, created, key asc");
        assertEquals(List.of(new OrderKey("priority", OrderKey.Direction.DESC),
                new OrderKey("created", OrderKey.Direction.DEFAULT), new OrderKey("key", OrderKey.Direction.ASC)), q.orderBy());
        assertEquals(Optional.empty(), Jql.parse("ORDER BY created").where());
    }

    @Test
    void blankQueryMatchesEverything() {
        assertEquals(new JqlQuery(Optional.empty(), List.of()), Jql.parse("  \n "));
    }

    @Test
    void canonicalPrinting() {
        assertEquals("project = DTU AND status IN (\"In Progress\", Done) ORDER BY created DESC",
                Jql.parse("project=DTU and status in ('In Progress',Done) order by created desc").toJql());
        assertEquals("NOT (x = 1 OR y = \"and\") AND z IS EMPTY", Jql.parse("not (x=1 or y=\"and\") and z is null").toJql());
        assertEquals("cf[10010] > 3 AND \"Story Points\" < 5", Jql.parse("cf[10010]>3 and 'Story Points'<5").toJql());
    }

    @Test
    void wrongOperatorNamesThePositionAndTheValidOperators() {
        JqlSyntaxException e = syntaxError("project foo bar");
        assertEquals("Error in the JQL Query: Expecting operator but got 'foo'. The valid operators are '=', '!=', "
                + "'<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'. (line 1, character 9)", e.getMessage());
        assertEquals(1, e.line());
        assertEquals(9, e.character());
    }

    @Test
    void positionsCountLines() {
        JqlSyntaxException e = syntaxError("project = DTU\nAND\n  status foo");
        assertEquals(3, e.line());
        assertEquals(10, e.character());
    }

    @Test
    void reservedWordsAndKeywordsAsValues() {
        assertEquals("Error in the JQL Query: 'AS' is a reserved JQL word. You must surround it in quotation marks "
                + "to use it in a query. (line 1, character 11)", syntaxError("project = AS").getMessage());
        assertEquals("Error in JQL Query: Expecting either a value, list or function but got 'IN'. You must surround "
                + "'IN' in quotation marks to use it as a value. (line 1, character 11)", syntaxError("project = IN").getMessage());
        assertEquals(new Value("AS"), ((Terminal) where("project = \"AS\"")).operand());
    }

    @Test
    void reservedCharacters() {
        assertEquals("Error in the JQL Query: The character '@' is a reserved JQL character. You must enclose it in a "
                + "string or use the escape '\\u0040' instead. (line 1, character 19)", syntaxError("reporter = someone@example").getMessage());
        assertEquals("Error in the JQL Query: The character '.' is a reserved JQL character. You must enclose it in a "
                + "string or use the escape '\\u002e' instead. (line 1, character 15)", syntaxError("fixVersion = 1.0").getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "status = Open foo|Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'foo'. (line 1, character 15)",
        "status = |Error in the JQL Query: Expecting either a value, list or function before the end of the query.",
        "status|Error in the JQL Query: Expecting operator before the end of the query. The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.",
        "status = Open AND|Error in the JQL Query: Expecting a field name at the end of the query.",
        "(status = Open|Error in the JQL Query: Expecting ')' before the end of the query.",
        "status in (x, y|Error in the JQL Query: Expecting ')' before the end of the query.",
        "status in (x y)|Error in the JQL Query: Expecting ')' but got 'y'. (line 1, character 14)",
        "= Open|Error in the JQL Query: Expecting a field name but got '='. (line 1, character 1)",
        "status = Open ORDER created|Error in the JQL Query: Expecting 'BY' but got 'created'. (line 1, character 21)",
        "status = Open ORDER BY created up|Error in the JQL Query: Expecting either 'ASC' or 'DESC' but got 'up'. (line 1, character 32)",
        "`summary ~ \"unfinished`|Error in the JQL Query: The quoted string 'unfinished' has not been completed. (line 1, character 11)",
        "`summary ~ \"bad \\q\"`|Error in the JQL Query: The escape sequence '\\q' is invalid. (line 1, character 16)",
        "cf[abc] = 1|Error in the JQL Query: 'abc' is not a valid custom field id. (line 1, character 1)"})
    void syntaxErrorsUseJiraWording(String jql, String message) {
        assertEquals(message, syntaxError(jql).getMessage());
    }

    @Test
    void absurdNestingIsASyntaxErrorNotAStackOverflow() {
        String deep = "(".repeat(5000) + "x = 1" + ")".repeat(5000);
        assertTrue(syntaxError(deep).getMessage().startsWith("Error in the JQL Query:"));
    }
}
