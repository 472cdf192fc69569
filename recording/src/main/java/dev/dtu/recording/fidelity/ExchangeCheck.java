package dev.dtu.recording.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.recording.mapping.Exchange;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compares one recorded exchange with the twin's answer: status, headers that matter, then the body. */
final class ExchangeCheck {
    private static final Pattern REL = Pattern.compile("rel=\"?([^\";]+)\"?");

    private final VendorRules rules;
    private final StructuralDiff diff;

    ExchangeCheck(VendorRules rules, IdMap ids) {
        this.rules = rules;
        this.diff = new StructuralDiff(rules, ids);
    }

    Comparison compare(Exchange e, TwinAnswer answer) {
        Comparison out = new Comparison();
        if (e.status() == answer.status()) {
            out.pass();
        } else {
            out.fail("status", "status", Integer.toString(e.status()), Integer.toString(answer.status()));
        }
        contentType(e, answer, out);
        for (String h : rules.headers()) {
            header(h, e.responseHeader(h), answer.header(h), out);
        }
        body(e, answer, out);
        return out;
    }

    private static void contentType(Exchange e, TwinAnswer answer, Comparison out) {
        Optional<String> r = e.responseHeader("Content-Type").map(ExchangeCheck::media);
        if (r.isEmpty() || e.body().bytes().length == 0 || answer.body().length == 0) {
            return; // an empty body has no media type worth comparing (a 204's Content-Type is the server's whim)
        }
        Optional<String> t = answer.header("Content-Type").map(ExchangeCheck::media);
        if (r.equals(t)) {
            out.pass();
        } else {
            out.fail("header Content-Type", "header", r.get(), t.orElse(null));
        }
    }

    /** Pagination headers compare by the relations they offer; the others by presence and format. */
    private static void header(String name, Optional<String> recorded, Optional<String> twin, Comparison out) {
        if (recorded.isEmpty() && twin.isEmpty()) {
            return;
        }
        if (recorded.isEmpty() || twin.isEmpty()) {
            out.fail("header " + name, recorded.isEmpty() ? "only in twin" : "missing in twin", recorded.orElse(null),
                    twin.map(StructuralDiff::stable).orElse(null));
        } else if (name.equalsIgnoreCase("Link")) {
            if (rels(recorded.get()).equals(rels(twin.get()))) {
                out.pass();
            } else {
                out.fail("header Link", "header", "rel " + rels(recorded.get()), "rel " + rels(twin.get()));
            }
        } else if (ValueFormat.of(recorded.get().strip()) == ValueFormat.of(twin.get().strip())) {
            out.pass(); // rate-limit counts and resets change on every call: their format is what is compared
        } else {
            out.fail("header " + name, "format", ValueFormat.of(recorded.get().strip()) + " " + recorded.get(),
                    ValueFormat.of(twin.get().strip()) + " " + twin.get());
        }
    }

    private void body(Exchange e, TwinAnswer answer, Comparison out) {
        JsonNode recorded = e.json();
        if (recorded.isMissingNode()) {
            byte[] r = e.body().bytes();
            if (r.length == 0) {
                return;
            }
            if (Arrays.equals(r, answer.body())) {
                out.pass();
            } else {
                out.fail("body", "value", preview(r), preview(answer.body()));
            }
            return;
        }
        JsonNode twin = answer.json();
        if (twin.isMissingNode()) {
            out.fail("$", "type", "JSON", answer.body().length == 0 ? "no body" : "not JSON");
            return;
        }
        diff.compare(recorded, twin, "$", null, out);
    }

    private static Set<String> rels(String link) {
        Set<String> out = new TreeSet<>();
        Matcher m = REL.matcher(link);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String media(String contentType) {
        return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static String preview(byte[] body) {
        JsonNode json = new TwinAnswer(0, java.util.Map.of(), body).json();
        String s = StructuralDiff.stable(json.isMissingNode() ? new String(body, StandardCharsets.UTF_8)
                : StructuralDiff.sorted(json).toString());
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
