package dev.dtu.twins.jira.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        List<Issue> all = Search.matching(context, jql, false);
        List<String> walked = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            Search.Page page = Search.page(all, jql, token, pageSize);
            page.issues().forEach(i -> walked.add(i.key()));
            token = page.nextPageToken();
            pages++;
        } while (token != null && pages < 1000);
        assertEquals(all.stream().map(Issue::key).toList(), walked);
        assertEquals(Math.max(1, (all.size() + pageSize - 1) / pageSize), pages);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> queries() {
        return net.jqwik.api.Arbitraries.of("project = ENG", "project in (SUP, ENG) ORDER BY created ASC", "labels = l1",
                "labels in (l0, l2) ORDER BY key DESC", "status = \"To Do\" ORDER BY summary", "project = SUP AND labels = nothing",
                "summary ~ task ORDER BY created DESC, key ASC");
    }
}
