package dev.dtu.server.resource;

import static dev.dtu.server.resource.Fixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.resource.convention.GoogleConvention;
import dev.dtu.server.resource.convention.JiraConvention;
import dev.dtu.server.resource.convention.OktaConvention;
import dev.dtu.server.resource.convention.SlackConvention;
import dev.dtu.server.state.State;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Any sequence of create, patch, delete and page keeps what a client collects by paging to the end equal to the
 * live set, in creation order, each item once — under each vendor's paging convention.
 */
class PagingPropertyTest {
    private static final Pattern NEXT = Pattern.compile("after=([^&>]+)>; rel=\"next\"");

    enum Vendor { OKTA, JIRA, GOOGLE, SLACK }

    record Action(int kind, int pick) {}

    @Provide
    Arbitrary<List<Action>> actions() {
        return Arbitraries.integers().between(0, 3).flatMap(k -> Arbitraries.integers().between(0, 1000).map(p -> new Action(k, p)))
                .list().ofMaxSize(40);
    }

    @Property(tries = 200)
    void pagingToTheEndYieldsTheLiveSetOnce(@ForAll Vendor vendor, @ForAll("actions") List<Action> actions,
            @ForAll @IntRange(min = 1, max = 7) int pageSize) {
        Convention c = switch (vendor) {
            case OKTA -> new OktaConvention();
            case JIRA -> new JiraConvention();
            case GOOGLE -> new GoogleConvention();
            case SLACK -> new SlackConvention();
        };
        DeclaredResource r = Fixture.widgets(vendor.name().toLowerCase(), c);
        LinkedHashSet<String> live = new LinkedHashSet<>();
        State s = State.EMPTY;
        int n = 0;
        for (Action a : actions) {
            List<String> ids = new ArrayList<>(live);
            switch (a.kind()) {
                case 0 -> {
                    String name = "w" + n++;
                    s = Fixture.write(s, w -> live.add(r.create(w, null, json("{name: " + name + "}")).id()));
                }
                case 1 -> {
                    if (!ids.isEmpty()) {
                        String id = ids.get(a.pick() % ids.size());
                        s = Fixture.write(s, w -> r.patch(w, null, id, json("{color: blue}")));
                    }
                }
                case 2 -> {
                    if (!ids.isEmpty()) {
                        String id = ids.get(a.pick() % ids.size());
                        s = Fixture.write(s, w -> r.transition(w, null, id, "deactivate"));
                        s = Fixture.write(s, w -> r.delete(w, null, id));
                        live.remove(id);
                    }
                }
                default -> assertEquals(new ArrayList<>(live), walk(c, r, s, vendor, pageSize));
            }
        }
        assertEquals(new ArrayList<>(live), walk(c, r, s, vendor, pageSize));
        assertEquals(new ArrayList<>(live), r.list(s, null).stream().map(Resource::id).toList());
    }

    /** Pages from the first page to the last as a client of the vendor would, collecting ids. */
    static List<String> walk(Convention c, DeclaredResource r, State s, Vendor vendor, int size) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int startAt = 0;
        for (int pages = 0; pages < 100; pages++) {
            Request request = switch (vendor) {
                case OKTA -> cursor == null ? Fixture.get("/widgets", "limit", "" + size) : Fixture.get("/widgets", "limit", "" + size, "after", cursor);
                case JIRA -> Fixture.get("/widgets", "startAt", "" + startAt, "maxResults", "" + size);
                case GOOGLE -> cursor == null ? Fixture.get("/widgets", "pageSize", "" + size) : Fixture.get("/widgets", "pageSize", "" + size, "pageToken", cursor);
                case SLACK -> cursor == null ? Fixture.get("/widgets", "limit", "" + size) : Fixture.get("/widgets", "limit", "" + size, "cursor", cursor);
            };
            Response response = c.page(request, r.declaration(), r.list(s, null), res -> c.render(request, r.declaration(), res, "/widgets/" + res.id()));
            JsonNode body = Json.parse(response.body());
            JsonNode items = switch (vendor) {
                case OKTA -> body;
                case JIRA -> body.path("values");
                case GOOGLE, SLACK -> body.path("widgets");
            };
            items.forEach(i -> seen.add(i.path("id").asText()));
            cursor = switch (vendor) {
                case OKTA -> next(response);
                case JIRA -> body.path("isLast").asBoolean() ? null : "more";
                case GOOGLE -> body.path("nextPageToken").asText(null);
                case SLACK -> body.path("response_metadata").path("next_cursor").asText("");
            };
            startAt += items.size();
            if (cursor == null || cursor.isEmpty()) {
                return seen;
            }
        }
        throw new AssertionError("paging did not end");
    }

    private static String next(Response response) {
        List<String> lines = response.repeatedHeaders().get("link");
        if (lines == null) {
            return null;
        }
        Matcher m = NEXT.matcher(lines.get(0));
        return m.find() ? m.group(1) : null;
    }
}
