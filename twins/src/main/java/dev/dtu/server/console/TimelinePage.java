package dev.dtu.server.console;

import static j2html.TagCreator.a;
import static j2html.TagCreator.button;
import static j2html.TagCreator.details;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.form;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h3;
import static j2html.TagCreator.input;
import static j2html.TagCreator.label;
import static j2html.TagCreator.option;
import static j2html.TagCreator.p;
import static j2html.TagCreator.pre;
import static j2html.TagCreator.select;
import static j2html.TagCreator.span;
import static j2html.TagCreator.summary;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import dev.dtu.server.twin.Twin;
import j2html.tags.DomContent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The journal in time order: a page of {@link #PAGE} entries (the newest, or those before {@code before}), filtered
 * by twin, operation and status as {@code GET /_dtu/universes/{id}/journal} filters; each entry's headers and bodies
 * are fetched when it is opened, and new entries are appended by polling while the newest page is shown.
 */
final class TimelinePage {
    static final int PAGE = 100;
    private static final String[] FILTERS = {"twin", "operation", "status"};

    Response page(Request r, Map<String, String> p, AdminCalls admin) {
        String id = admin.get("/universes/" + Layout.enc(p.get("id"))).path("id").asText();
        Map<String, String> filters = filters(r);
        String before = r.queryParam("before").orElse(null);
        Map<String, String> query = new LinkedHashMap<>(filters);
        query.put("before", before == null ? String.valueOf(Long.MAX_VALUE) : before);
        query.put("limit", String.valueOf(PAGE));
        AdminCalls.Answer a = admin.tryGet("/universes/" + Layout.enc(id) + "/journal", query);
        List<JsonNode> entries = new ArrayList<>();
        if (a.ok()) {
            a.body().path("entries").forEach(entries::add);
        }
        long first = entries.isEmpty() ? 0 : entries.get(0).path("seq").asLong();
        long last = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).path("seq").asLong();
        String base = Layout.universe(id) + "/timeline";
        return Layout.page("Timeline", id, "timeline",
                h1("Timeline"),
                a.ok() ? null : p(a.message()).withClass("flash error").attr("role", "alert"),
                filterForm(base, filters, admin, id),
                div(entries.size() == PAGE ? a("← older").withHref(Layout.url(base, with(filters, "before", String.valueOf(first))))
                                : span("the first entry"),
                        before == null ? span(" · live") .withClass("live")
                                : a("newest →").withHref(Layout.url(base, filters))).withClass("pager"),
                div(header(), each(entries, e -> row(id, e))).withId("rows").withClass("timeline"),
                entries.isEmpty() ? Layout.empty("No entries" + (filters.isEmpty() ? "" : " match") + ".") : null,
                before == null ? poller(id, filters, last) : null);
    }

    /** New entries since {@code after}: appended to the rows, and the poller replaced with one further on. */
    Response poll(Request r, Map<String, String> p, AdminCalls admin) {
        String id = p.get("id");
        Map<String, String> filters = filters(r);
        long after = Long.parseLong(r.queryParam("after").orElse("0"));
        Map<String, String> query = new LinkedHashMap<>(filters);
        query.put("after", String.valueOf(after));
        query.put("limit", String.valueOf(PAGE));
        List<JsonNode> entries = new ArrayList<>();
        admin.get("/universes/" + Layout.enc(id) + "/journal", query).path("entries").forEach(entries::add);
        long last = entries.isEmpty() ? after : entries.get(entries.size() - 1).path("seq").asLong();
        return Layout.fragment(poller(id, filters, last),
                entries.isEmpty() ? null : div(each(entries, e -> row(id, e))).attr("hx-swap-oob", "beforeend:#rows"));
    }

    /** One entry whole: request and response headers and bodies, pretty-printed. */
    Response entry(Request r, Map<String, String> p, AdminCalls admin) {
        long seq = parseSeq(p.get("seq"));
        JsonNode found = admin.get("/universes/" + Layout.enc(p.get("id")) + "/journal",
                Map.of("after", String.valueOf(seq - 1), "limit", "1")).path("entries").path(0);
        if (found.isMissingNode() || found.path("seq").asLong() != seq) {
            throw new ConsoleException(404, "no journal entry " + seq);
        }
        return Layout.fragment(detail(found));
    }

    static DomContent detail(JsonNode e) {
        String url = e.path("method").asText() + " " + e.path("path").asText()
                + (e.path("query").asText("").isEmpty() ? "" : "?" + e.path("query").asText());
        return div(fault(e.path("fault")), gapNote(e), h3("Request"), pre(url).withClass("mono"),
                e.path("requestHeaders").isEmpty() ? null : pre(pretty(e.path("requestHeaders"))).withClass("json"),
                pre(pretty(e.path("requestBody"))).withClass("json"),
                h3("Response " + e.path("status").asText()),
                pre(pretty(e.path("responseBody"))).withClass("json"),
                cut(e, "requestBodyCut", "request"), cut(e, "responseBodyCut", "response"));
    }

    /** What an injected fault did to the request (the journal's {@code fault}), or null when none met it. */
    private static DomContent fault(JsonNode f) {
        if (!f.isObject()) {
            return null;
        }
        String action = f.path("action").asText();
        String what = switch (action) {
            case "error" -> "answered with the rule's error instead of the twin";
            case "drop" -> "the connection was dropped unanswered";
            case "rateLimit" -> "answered as rate limited";
            default -> "delayed, then served by the twin";
        };
        String latency = f.hasNonNull("latencyMs") ? " (" + f.path("latencyMs").asLong() + " ms of injected latency)" : "";
        return p("Injected fault (" + action + "): " + what + latency).withClass("flash fault").attr("role", "note");
    }

    /**
     * Where the twin, not a fault or the app, fell short: a request the twin answered itself (the journal's
     * {@code fault} is absent, or only delayed it) with a 5xx, or with 404/405 because it has no route for it.
     */
    static Optional<String> twinGap(JsonNode e) {
        JsonNode fault = e.path("fault");
        boolean faultAnswered = fault.isObject() && !"latency".equals(fault.path("action").asText());
        if (!"request".equals(e.path("type").asText()) || faultAnswered) {
            return Optional.empty();
        }
        int status = e.path("status").asInt();
        if ((status == 404 || status == 405) && Twin.unnamed(e.path("operation").asText(null), e.path("method").asText(),
                e.path("path").asText())) {
            return Optional.of("the twin does not serve this operation (" + status + ")");
        }
        return status >= 500 ? Optional.of("the twin answered " + status + " by itself (no injected fault)")
                : Optional.empty();
    }

    private static DomContent gapNote(JsonNode e) {
        return twinGap(e).map(gap -> p("Twin gap: " + gap).withClass("flash gap").attr("role", "note")).orElse(null);
    }

    private static DomContent cut(JsonNode e, String field, String what) {
        JsonNode c = e.path(field);
        return c.isObject() ? p("The " + what + " body is cut short: " + c.path("bytes").asText() + " bytes in all, sha256 "
                + c.path("sha256").asText()) : null;
    }

    private static String pretty(JsonNode body) {
        if (body.isNull() || body.isMissingNode()) {
            return "(no body)";
        }
        try {
            return body.isTextual() ? body.asText() : Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return body.toString();
        }
    }

    private static DomContent header() {
        return div(span("#"), span("time"), span("type"), span("twin"), span("operation"), span("request"),
                span("status"), span("ms")).withClass("row head");
    }

    static DomContent row(String universe, JsonNode e) {
        int status = e.path("status").asInt();
        String seq = e.path("seq").asText();
        JsonNode fault = e.path("fault");
        Optional<String> gap = twinGap(e);
        return details(summary(span(seq), span(e.path("at").asText()).withClass("time"),
                        span(span(e.path("type").asText()), fault.isObject() ? span("fault: " + fault.path("action").asText())
                                .withClass("badge fault").withTitle("an injected fault met this request") : null,
                                gap.map(g -> span("twin gap").withClass("badge gap").withTitle(g)).orElse(null)),
                        span(e.path("twin").asText()).withClass("twin"), span(e.path("operation").asText()).withClass("op"),
                        span(e.path("method").asText() + " " + e.path("path").asText()).withClass("path"),
                        span(String.valueOf(status)).withClass(status >= 400 ? "status bad" : "status"),
                        span(String.format("%.1f", e.path("durationMs").asDouble()))).withClass("row"),
                div("loading…").withClass("detail"))
                .withClass("entry " + e.path("type").asText() + (fault.isObject() ? " fault" : "") + (gap.isPresent() ? " gap" : ""))
                .withData("seq", seq)
                .attr("hx-get", Layout.universe(universe) + "/timeline/" + seq)
                .attr("hx-trigger", "toggle once").attr("hx-target", "find .detail");
    }

    private static DomContent poller(String id, Map<String, String> filters, long after) {
        return div().withId("poll").attr("hx-get", Layout.url(Layout.universe(id) + "/timeline/poll",
                        with(filters, "after", String.valueOf(after))))
                .attr("hx-trigger", "every 2s").attr("hx-swap", "outerHTML");
    }

    private static DomContent filterForm(String base, Map<String, String> f, AdminCalls admin, String id) {
        List<String> twins = new ArrayList<>();
        admin.get("/universes/" + Layout.enc(id)).path("twins").fieldNames().forEachRemaining(twins::add);
        return form(label(j2html.TagCreator.text("twin "), select(option("any").withValue(""),
                                each(twins, t -> option(t).withValue(t).withCondSelected(t.equals(f.get("twin")))))
                                .withName("twin")),
                        label(j2html.TagCreator.text("operation "), input().withName("operation").withValue(f.getOrDefault("operation", ""))
                                .withPlaceholder("chat.postMessage")),
                        label(j2html.TagCreator.text("status "), input().withName("status").withValue(f.getOrDefault("status", ""))
                                .withPlaceholder("200").attr("size", "4")),
                        button("Filter"))
                .withMethod("get").withAction(base).withClass("filters");
    }

    private static Map<String, String> filters(Request r) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String name : FILTERS) {
            r.queryParam(name).filter(v -> !v.isBlank()).ifPresent(v -> f.put(name, v.trim()));
        }
        return f;
    }

    private static Map<String, String> with(Map<String, String> m, String k, String v) {
        Map<String, String> out = new LinkedHashMap<>(m);
        out.put(k, v);
        return out;
    }

    private static long parseSeq(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new ConsoleException(404, "no journal entry " + s);
        }
    }
}
