package dev.dtu.twins.jira.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dtu.server.seed.SeedDocument;
import dev.dtu.server.state.Tx;
import dev.dtu.server.state.State;
import dev.dtu.server.http.Json;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Whatever the page size, walking nextPageToken visits every match exactly once, in the query's order. */
class SearchPagingPropertyTest {
    private static final State SITE = site(23);

    private static State site(int extra) {
        Tx tx = new Tx(State.EMPTY);
        JiraSeed.write(SeedDocument.defaultSeed(), tx);
        String actor = new Directory(tx.state()).settings().appAccountId();
        for (int i = 0; i < extra; i++) {
            Site site = new Site(tx, Instant.parse("2026-02-01T00:00:00Z").plusSeconds(i % 5 * 60));
            String project = i % 3 == 0 ? "SUP" : "ENG";
            site.createIssue(actor, Json.parse(("{\"project\":{\"key\":\"" + project + "\"},\"issuetype\":{\"name\":\"Task\"},"
                    + "\"summary\":\"task " + i + "\",\"labels\":[\"l" + (i % 4) + "\"]}").getBytes()), null);
        }
        return tx.state();
    }

    @Property(tries = 60)
    void everyIssueExactlyOnce(@ForAll @IntRange(min = 1, max = 40) int pageSize,
            @ForAll("queries") String jql) {
        SiteJql context = new SiteJql(new Directory(SITE), Optional.empty(), Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC));
        Search.Matches matches = Search.matching(context, jql, false);
        List<Issue> all = matches.issues();
        List<String> walked = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            Search.Page page = Search.page(matches, jql, token, pageSize);
            page.issues().forEach(i -> walked.add(i.key()));
            token = page.nextPageToken();
            pages++;
        } while (token != null && pages < 1000);
        assertEquals(all.stream().map(Issue::key).toList(), walked);
        assertEquals(Math.max(1, (all.size() + pageSize - 1) / pageSize), pages);
    }

    /**
     * Issues created between page fetches never make the walk repeat or skip one that was there from the start:
     * the token resumes after the last position served, not at an offset.
     */
    @Property(tries = 60)
    void issuesCreatedBetweenPagesShiftNothing(@ForAll @IntRange(min = 1, max = 12) int pageSize,
            @ForAll @IntRange(min = 1, max = 4) int createdPerPage, @ForAll("queries") String jql) {
        Tx tx = new Tx(SITE);
        List<String> before = Search.matching(context(tx.state()), jql, false).issues().stream().map(Issue::key).toList();
        List<String> walked = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            Search.Page page = Search.page(Search.matching(context(tx.state()), jql, false), jql, token, pageSize);
            page.issues().forEach(i -> walked.add(i.key()));
            token = page.nextPageToken();
            for (int i = 0; i < (pages < 5 ? createdPerPage : 0); i++) { // issues created behind the cursor are served too
                create(tx, "late " + pages + "." + i, pages % 2 == 0 ? "SUP" : "ENG", Instant.parse("2026-02-01T00:02:00Z"));
            }
            pages++;
        } while (token != null && pages < 1000);
        assertEquals(walked.size(), new java.util.HashSet<>(walked).size(), "no issue twice: " + walked);
        assertEquals(before, walked.stream().filter(before::contains).toList(), "every original match once, in order");
    }

    private static SiteJql context(State state) {
        return new SiteJql(new Directory(state), Optional.empty(), Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC));
    }

    private static void create(Tx tx, String summary, String project, Instant at) {
        String actor = new Directory(tx.state()).settings().appAccountId();
        new Site(tx, at).createIssue(actor, Json.parse(("{\"project\":{\"key\":\"" + project + "\"},\"issuetype\":{\"name\":\"Task\"},"
                + "\"summary\":\"task " + summary + "\",\"labels\":[\"l1\"]}").getBytes()), null);
    }

    @Test
    void aTokenOfAnotherQueryOrGarbageIsRefused() {
        String jql = "project = ENG";
        Search.Matches matches = Search.matching(context(SITE), jql, false);
        String token = Search.page(matches, jql, null, 2).nextPageToken();
        assertEquals(Search.BAD_TOKEN, assertThrows(JiraException.class,
                () -> Search.page(Search.matching(context(SITE), "project = SUP", false), "project = SUP", token, 2))
                .errorMessages().getFirst());
        assertEquals(400, assertThrows(JiraException.class, () -> Search.page(matches, jql, "bm9wZQ", 2)).status());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> queries() {
        return net.jqwik.api.Arbitraries.of("project = ENG", "project in (SUP, ENG) ORDER BY created ASC", "labels = l1",
                "labels in (l0, l2) ORDER BY key DESC", "status = \"To Do\" ORDER BY summary", "project = SUP AND labels = nothing",
                "summary ~ task ORDER BY created DESC, key ASC");
    }
}
