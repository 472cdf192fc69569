package dev.dtu.server.console;

import static j2html.TagCreator.a;
import static j2html.TagCreator.body;
import static j2html.TagCreator.div;
import static j2html.TagCreator.document;
import static j2html.TagCreator.each;
import static j2html.TagCreator.head;
import static j2html.TagCreator.header;
import static j2html.TagCreator.html;
import static j2html.TagCreator.iff;
import static j2html.TagCreator.link;
import static j2html.TagCreator.main;
import static j2html.TagCreator.meta;
import static j2html.TagCreator.nav;
import static j2html.TagCreator.p;
import static j2html.TagCreator.script;
import static j2html.TagCreator.span;
import static j2html.TagCreator.title;

import dev.dtu.server.http.Response;
import j2html.tags.DomContent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The console's page frame and links. Every text and attribute goes through j2html, which escapes it: what an
 * app under test wrote (message text, issue summaries, cell values) is shown as text, never as markup. The
 * Content-Security-Policy allows only the console's own scripts and styles, as a second wall.
 */
final class Layout {
    static final String ROOT = "/_dtu/console";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final List<String> VIEWS = List.of("timeline", "slack", "jira", "google", "okta", "faults");

    private Layout() {}

    /** A whole page; {@code universe} (may be null) adds the universe's navigation, {@code view} marks the open one. */
    static Response page(String title, String universe, String view, DomContent... content) {
        return page(200, title, universe, view, content);
    }

    static Response page(int status, String title, String universe, String view, DomContent... content) {
        String html = document(html(
                head(meta().withCharset("utf-8"), title(title + " · DTU console"),
                        meta().withName("viewport").withContent("width=device-width, initial-scale=1"),
                        meta().withName("htmx-config").withContent("{\"includeIndicatorStyles\":false,\"allowEval\":false}"),
                        link().withRel("stylesheet").withHref(ROOT + "/assets/console.css"),
                        script().withSrc(ROOT + "/assets/htmx.min.js").isDefer(),
                        script().withSrc(ROOT + "/assets/console.js").isDefer()),
                body(header(a("DTU console").withHref(ROOT).withClass("brand"),
                                iff(universe != null, universe == null ? null : universeNav(universe, view))),
                        main(content)))
                .withLang("en"));
        return respond(status, html);
    }

    private static DomContent universeNav(String universe, String view) {
        return nav(span(universe).withClass("universe"),
                a("overview").withHref(universe(universe)).withClass(view == null ? "open" : ""),
                each(VIEWS, v -> a(v).withHref(universe(universe) + "/" + v).withClass(v.equals(view) ? "open" : "")));
    }

    /** A fragment (htmx swaps it into a page). */
    static Response fragment(DomContent... content) {
        StringBuilder out = new StringBuilder();
        for (DomContent c : content) {
            if (c != null) {
                out.append(c.render());
            }
        }
        return respond(200, out.toString());
    }

    static Response respond(int status, String html) {
        return Response.text(status, "text/html; charset=utf-8", html)
                .header("Content-Security-Policy", CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin")
                .header("Cache-Control", "no-store");
    }

    /** After a form: back to a page (Post/Redirect/Get), with a notice or an error to show there. */
    static Response redirect(String to, String key, String message) {
        String sep = to.contains("?") ? "&" : "?";
        String location = message == null ? to : to + sep + key + "=" + enc(message);
        return Response.empty(303).header("Location", location).header("Cache-Control", "no-store");
    }

    static DomContent flash(String notice, String error) {
        if (error != null) {
            return p(error).withClass("flash error").attr("role", "alert");
        }
        return notice == null ? null : p(notice).withClass("flash notice");
    }

    static String universe(String id) {
        return ROOT + "/universes/" + enc(id);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A URL with its query parameters (null or empty values left out). */
    static String url(String path, Map<String, String> params) {
        StringJoiner q = new StringJoiner("&");
        params.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                q.add(enc(k) + "=" + enc(v));
            }
        });
        return q.length() == 0 ? path : path + "?" + q;
    }

    static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static DomContent empty(String what) {
        return div(what).withClass("empty");
    }
}
