package dev.dtu.server.console;

import static j2html.TagCreator.a;
import static j2html.TagCreator.details;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.h3;
import static j2html.TagCreator.p;
import static j2html.TagCreator.pre;
import static j2html.TagCreator.span;
import static j2html.TagCreator.summary;
import static j2html.TagCreator.table;
import static j2html.TagCreator.tbody;
import static j2html.TagCreator.td;
import static j2html.TagCreator.th;
import static j2html.TagCreator.thead;
import static j2html.TagCreator.tr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import j2html.tags.DomContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A sweep's report folder ({@code dtu sweep --out DIR}, opened with {@code dtu console DIR}): its trajectories, and
 * each reported trajectory's checks, steps and exchanges (the app's requests beside the twins' answers) in the
 * timeline's form. The report is read once, when opened.
 */
final class ReportsPage {
    private volatile Path dir;
    private volatile JsonNode report;

    /** @throws IOException when {@code dir/report.json} cannot be read or is not JSON */
    void open(Path folder) throws IOException {
        Path file = folder.resolve("report.json");
        JsonNode read;
        try {
            read = Json.parse(Files.readAllBytes(file));
        } catch (Json.MalformedJsonException e) {
            throw new IOException(file + " is not JSON: " + e.getMessage(), e);
        }
        report = read;
        dir = folder;
    }

    Response list(Request r, Map<String, String> p, AdminCalls admin) {
        JsonNode rep = required();
        List<JsonNode> trajectories = SlackPage.list(rep.path("trajectories"));
        return Layout.page("Sweep report", null, null, h1("Sweep report"),
                p(span("folder ").withClass("label"), span(String.valueOf(dir)).withClass("mono"),
                        span(" verdict ").withClass("label"), span(rep.path("verdict").asText()).withClass("verdict"),
                        span(" exit code ").withClass("label"), span(rep.path("exitCode").asText())),
                table(thead(tr(th("#"), th("scenario"), th("seed"), th("satisfied"), th("score"), th("exchanges"))),
                        tbody(each(IntStream.range(0, trajectories.size()).boxed().toList(), i -> {
                            JsonNode t = trajectories.get(i);
                            return tr(td(a(String.valueOf(i + 1)).withHref(Layout.ROOT + "/reports/" + (i + 1))),
                                    td(t.path("scenarioId").asText()), td(t.path("seed").asText()),
                                    td(t.path("satisfied").asBoolean() ? "yes" : "no")
                                            .withClass(t.path("satisfied").asBoolean() ? "" : "status bad"),
                                    td(t.path("score").asText()), td(String.valueOf(t.path("exchanges").size())));
                        }))).withId("trajectories"),
                trajectories.isEmpty() ? Layout.empty("The report keeps no trajectories.") : null);
    }

    Response trajectory(Request r, Map<String, String> p, AdminCalls admin) {
        List<JsonNode> trajectories = SlackPage.list(required().path("trajectories"));
        int n;
        try {
            n = Integer.parseInt(p.get("n"));
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1 || n > trajectories.size()) {
            throw new ConsoleException(404, "no trajectory " + p.get("n") + " in this report");
        }
        JsonNode t = trajectories.get(n - 1);
        List<JsonNode> exchanges = SlackPage.list(t.path("exchanges"));
        return Layout.page("Trajectory " + n, null, null,
                h1(t.path("scenarioId").asText() + " · seed " + t.path("seed").asText()),
                p(a("← the report").withHref(Layout.ROOT + "/reports")),
                t.path("error").isTextual() ? p(t.path("error").asText()).withClass("flash error") : null,
                h2("Checks"), table(tbody(each(SlackPage.list(t.path("checks")), c -> tr(
                        td(c.path("passed").asBoolean() ? "passed" : "failed")
                                .withClass(c.path("passed").asBoolean() ? "" : "status bad"),
                        td(c.path("name").asText()), td(c.path("reason").asText("")))))),
                h2("Steps"), table(tbody(each(SlackPage.list(t.path("steps")), s -> tr(td(s.path("index").asText()),
                        td(s.path("description").asText()), td(s.path("outcome").asText()), td(s.path("detail").asText(""))))))
                        .withId("steps"),
                h2("Timeline"), div(each(IntStream.range(0, exchanges.size()).boxed().toList(), i -> exchange(i + 1, exchanges.get(i))))
                        .withClass("timeline").withId("rows"),
                h3("Replay"), pre(t.path("replayCommand").asText("")).withClass("json"));
    }

    private static DomContent exchange(int i, JsonNode e) {
        int status = e.path("status").asInt();
        return details(summary(span(String.valueOf(i)), span(""), span(""), span(e.path("twin").asText()).withClass("twin"),
                        span(e.path("operation").asText()).withClass("op"),
                        span(e.path("method").asText() + " " + e.path("path").asText()).withClass("path"),
                        span(String.valueOf(status)).withClass(status >= 400 ? "status bad" : "status"), span("")).withClass("row"),
                div(h3("Request"), pre(pretty(e.path("requestBody").asText(""))).withClass("json"),
                        h3("Response " + status), pre(pretty(e.path("responseBody").asText(""))).withClass("json")).withClass("detail"))
                .withClass("entry");
    }

    private static String pretty(String body) {
        if (body.isEmpty()) {
            return "(no body)";
        }
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Json.parse(body.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)));
        } catch (RuntimeException | IOException e) {
            return body;
        }
    }

    private JsonNode required() {
        JsonNode rep = report;
        if (rep == null) {
            throw new ConsoleException(404, "no sweep report is open: start the console with ./dtu console DIR");
        }
        return rep;
    }
}
