package dev.dtu.twins.jira.model.agile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.http.Json;
import dev.dtu.server.seed.SeedDocument;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import dev.dtu.twins.jira.model.Directory;
import dev.dtu.twins.jira.model.Issue;
import dev.dtu.twins.jira.model.JiraSeed;
import dev.dtu.twins.jira.model.Site;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Rank stays a total order under any sequence of moves, and the order is the one the moves describe. */
class RankPropertyTest {
    private static final int ISSUES = 8;

    record Move(List<Integer> moving, int anchor, boolean before) {}

    @Property(tries = 60)
    void movesKeepATotalOrderThatMatchesTheModel(@ForAll("moves") List<Move> moves) {
        Tx tx = new Tx(State.EMPTY);
        JiraSeed.write(SeedDocument.defaultSeed(), tx);
        String actor = new Directory(tx.state()).settings().appAccountId();
        Site site = new Site(tx, Instant.parse("2026-02-01T00:00:00Z"));
        for (int i = 0; i < ISSUES; i++) {
            site.createIssue(actor, Json.parse(("{\"project\":{\"key\":\"SUP\"},\"issuetype\":{\"name\":\"Task\"},"
                    + "\"summary\":\"r" + i + "\"}").getBytes()), null);
        }
        Agile agile = new Agile(tx, Instant.parse("2026-02-01T00:00:00Z"));
        List<Issue> all = agile.dir().dir().issues().stream().sorted(agile.dir().byRank()).toList();
        List<String> model = new ArrayList<>(all.stream().map(Issue::id).toList());
        for (Move m : moves) {
            Issue anchor = all.get(m.anchor());
            List<Issue> moving = m.moving().stream().distinct().map(all::get).toList();
            agile.rank(moving, m.before() ? anchor : null, m.before() ? null : anchor);
            apply(model, moving.stream().map(Issue::id).filter(id -> !id.equals(anchor.id())).toList(), anchor.id(), m.before());
            List<String> ranked = agile.dir().dir().issues().stream().filter(i -> model.contains(i.id()))
                    .sorted(agile.dir().byRank()).map(Issue::id).toList();
            assertEquals(model, ranked, m.toString());
            Set<String> ranks = new HashSet<>();
            agile.dir().dir().issues().forEach(i -> ranks.add(agile.dir().fields(i).rank()));
            assertEquals(agile.dir().dir().issues().size(), ranks.size(), "ranks are distinct");
        }
    }

    private static void apply(List<String> model, List<String> moving, String anchor, boolean before) {
        if (moving.isEmpty()) {
            return;
        }
        model.removeAll(moving);
        int at = model.indexOf(anchor) + (before ? 0 : 1);
        model.addAll(at, moving);
    }

    @Property(tries = 300)
    void betweenIsStrictlyBetween(@ForAll("bodies") String a, @ForAll("bodies") String b) {
        if (a.equals(b)) {
            return;
        }
        String low = a.compareTo(b) < 0 ? a : b;
        String high = a.compareTo(b) < 0 ? b : a;
        String mid = Rank.between("0|" + low, "0|" + high);
        assertTrue(mid.compareTo("0|" + low) > 0 && mid.compareTo("0|" + high) < 0, low + " < " + mid + " < " + high);
        assertTrue(Rank.between(null, "0|" + low).compareTo("0|" + low) < 0);
        assertTrue(Rank.between("0|" + high, null).compareTo("0|" + high) > 0);
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.strings().withChars("0123456789abcdefghijklmnopqrstuvwxyz").ofMinLength(1).ofMaxLength(6)
                .filter(s -> !s.endsWith("0"));
    }

    @Provide
    Arbitrary<List<Move>> moves() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, ISSUES - 1);
        return Combinators.combine(index.list().ofMinSize(1).ofMaxSize(3), index, Arbitraries.of(true, false)).as(Move::new)
                .list().ofMinSize(1).ofMaxSize(12);
    }
}
