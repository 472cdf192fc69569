package dev.dtu.server.journal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces a universe's secrets with stable placeholders before anything is journaled, by value and by field.
 * <ul>
 * <li>By value: the credentials minted for the universe ({@code [slack:bot]}), and every secret seen before
 *     in a secret field, wherever they appear (bodies, paths, query strings, headers), also percent-encoded
 *     or JSON-escaped; signed JWTs (the tokens a twin issues) by their shape.</li>
 * <li>By field: the values of secret-named JSON fields (and everything below them: {@code credentials.password.value}),
 *     form and query parameters; each such value is learnt, so it gets the same placeholder
 *     ({@code [access_token:3]}) wherever it shows up later.</li>
 * </ul>
 * Only values are replaced: the rest of a body stays as the app sent it.
 */
public final class Redactor {
    /** Field names whose values are secrets, compared without case, '_' and '-'. */
    private static final Set<String> SECRET_FIELDS = Set.of("password", "newpassword", "oldpassword", "temppassword",
            "passwd", "secret", "clientsecret", "signingsecret", "token", "accesstoken", "idtoken", "refreshtoken",
            "activationtoken", "recoverytoken", "resettoken", "sessiontoken", "apitoken", "answer", "privatekey",
            "clientassertion", "assertion", "authorization", "cookie", "setcookie", "proxyauthorization",
            "resetpasswordurl", "activationurl");
    /** Secret in form bodies and query strings only (OAuth's; a JSON {@code code} is usually an error code). */
    private static final Set<String> FORM_SECRET_FIELDS = Set.of("code", "codeverifier");
    /** Fields holding a URL whose last path segment is the secret. */
    private static final Set<String> URL_FIELDS = Set.of("resetpasswordurl", "activationurl");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{16,}");
    /**
     * For bodies too long to have been kept whole: "field": "value" and "field": {"value": "..."}. The value is
     * matched unrolled and possessive: an alternation under {@code *} recurses once per character in
     * java.util.regex and overflows the stack on a long string.
     */
    private static final Pattern JSON_FIELD = Pattern.compile(
            "\"([A-Za-z_-]{1,40})\"\\s*:\\s*(\\{\\s*\"value\"\\s*:\\s*)?\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"");
    private static final JsonFactory JSON = new JsonFactory();
    /** Shorter values are not replaced wherever they appear (too likely to be ordinary text). */
    static final int MIN_LEARNT = 6;
    /** How many learnt secrets a universe remembers; beyond that, field redaction alone applies. */
    static final int LEARNT_LIMIT = 10_000;

    private final Map<String, String> placeholders = new ConcurrentHashMap<>();
    private final AtomicInteger learnt = new AtomicInteger();
    /** Known secrets by the hash of their first {@link #MIN_LEARNT} characters, longest first (shorter ones apart). */
    private final Map<Integer, List<String>> byPrefix = new ConcurrentHashMap<>();
    private final List<String> shortSecrets = new CopyOnWriteArrayList<>();

    /** @param placeholders secret to placeholder, e.g. "xoxb-…" to "[slack:bot]" */
    public Redactor(Map<String, String> placeholders) {
        placeholders.forEach(this::add);
    }

    /**
     * Remembers a secret the universe issued or received, so it is replaced wherever it appears; returns its
     * placeholder (an earlier one if the secret is known).
     */
    public String learn(String secret, String name) {
        String known = placeholders.get(secret);
        if (known != null || secret.length() < MIN_LEARNT || isJwt(secret)) {
            return known != null ? known : isJwt(secret) ? jwtPlaceholder(secret) : "[" + name + "]";
        }
        if (learnt.get() >= LEARNT_LIMIT) {
            return "[" + name + "]";
        }
        String placeholder = "[" + name + ":" + learnt.incrementAndGet() + "]";
        add(secret, placeholder);
        return placeholder;
    }

    /** Text of any kind: a path, a query string, a JSON or form body, plain text. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String trimmed = text.stripLeading();
        String out = text;
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            out = json(text);
        } else if (looksLikeForm(text)) {
            out = form(text);
        }
        return byValue(out);
    }

    /** Indexes a secret as it is, percent-encoded and JSON-escaped. */
    private void add(String secret, String placeholder) {
        index(secret, placeholder);
        String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        index(encoded, placeholder);
        index(encoded.replace("+", "%20"), placeholder);
        index(new String(JsonStringEncoder.getInstance().quoteAsString(secret)), placeholder);
    }

    private synchronized void index(String secret, String placeholder) {
        if (placeholders.putIfAbsent(secret, placeholder) != null) {
            return;
        }
        if (secret.length() < MIN_LEARNT) {
            shortSecrets.add(secret);
            return;
        }
        List<String> same = new ArrayList<>(byPrefix.getOrDefault(prefixHash(secret, 0), List.of()));
        same.add(secret);
        same.sort(Comparator.comparingInt(String::length).reversed()); // a secret containing another goes whole
        byPrefix.put(prefixHash(secret, 0), List.copyOf(same));
    }

    /** {@code text.substring(at, at + MIN_LEARNT).hashCode()}, without the substring. */
    private static int prefixHash(String text, int at) {
        int h = 0;
        for (int i = at; i < at + MIN_LEARNT; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    /** One pass over the text, looking each position up among the known secrets (any number of them). */
    private String byValue(String text) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i <= text.length() - MIN_LEARNT) {
            String hit = null;
            for (String secret : byPrefix.getOrDefault(prefixHash(text, i), List.of())) {
                if (text.startsWith(secret, i)) {
                    hit = secret;
                    break;
                }
            }
            if (hit == null) {
                i++;
                continue;
            }
            out = out == null ? new StringBuilder(text.length()) : out;
            out.append(text, copied, i).append(placeholders.get(hit));
            i += hit.length();
            copied = i;
        }
        String result = out == null ? text : out.append(text, copied, text.length()).toString();
        for (String secret : shortSecrets) {
            result = result.replace(secret, placeholders.get(secret));
        }
        return jwts(result);
    }

    private static String jwts(String text) {
        String out = text;
        if (out.contains("eyJ")) {
            Matcher m = JWT.matcher(out);
            out = m.replaceAll(r -> Matcher.quoteReplacement(jwtPlaceholder(r.group())));
        }
        return out;
    }

    /** The value of a secret field: its known placeholder, else learnt under the field's name. */
    private String secretValue(String field, String value) {
        if (value.isEmpty()) {
            return value;
        }
        String known = placeholders.get(value);
        if (known != null) {
            return known;
        }
        if (URL_FIELDS.contains(normalize(field))) {
            int slash = value.lastIndexOf('/');
            if (slash >= 0 && slash < value.length() - 1) {
                return value.substring(0, slash + 1) + learn(value.substring(slash + 1),
                        field.substring(0, field.length() - 3).replace("_", "") + "_token");
            }
        }
        return learn(value, field);
    }

    private static boolean isSecretField(String field, boolean form) {
        String n = normalize(field);
        return SECRET_FIELDS.contains(n) || form && FORM_SECRET_FIELDS.contains(n);
    }

    private static String normalize(String field) {
        return field.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    private static boolean isJwt(String value) {
        return value.startsWith("eyJ") && JWT.matcher(value).matches();
    }

    /** The same token always gets the same placeholder, from a digest (so nothing is remembered). */
    private static String jwtPlaceholder(String jwt) {
        return "[jwt:" + Integer.toHexString(jwt.hashCode() & 0x7fffffff) + "]";
    }

    private static String basic(String credentials) {
        try {
            return new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // --- JSON ---

    /** Rewrites secret fields' values; the text is returned unchanged (formatting kept) when none is found. */
    private String json(String text) {
        StringWriter out = new StringWriter(text.length());
        boolean changed = false;
        try (JsonParser p = JSON.createParser(text); JsonGenerator g = JSON.createGenerator(out)) {
            Deque<String> secretAbove = new ArrayDeque<>();
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case START_OBJECT, START_ARRAY -> {
                        String governing = secretField(secretAbove, p.currentName());
                        secretAbove.push(governing == null ? "" : governing);
                        g.copyCurrentEvent(p);
                    }
                    case END_OBJECT, END_ARRAY -> {
                        secretAbove.pop();
                        g.copyCurrentEvent(p);
                    }
                    case VALUE_STRING -> {
                        String governing = secretField(secretAbove, p.currentName());
                        if (governing == null) {
                            g.copyCurrentEvent(p);
                        } else {
                            g.writeString(secretValue(governing, p.getText()));
                            changed = true;
                        }
                    }
                    default -> g.copyCurrentEvent(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            return jsonFallback(text);
        }
        return changed ? out.toString() : text;
    }

    /** The secret field name governing a value: its own name, or a secret object it sits in; else null. */
    private static String secretField(Deque<String> secretAbove, String field) {
        if (field != null && isSecretField(field, false)) {
            return field.toLowerCase(Locale.ROOT);
        }
        String above = secretAbove.peek();
        return above == null || above.isEmpty() ? null : above;
    }

    /** Truncated or broken JSON: secret fields found by pattern. */
    private String jsonFallback(String text) {
        Matcher m = JSON_FIELD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String field = m.group(1).toLowerCase(Locale.ROOT);
            boolean secret = SECRET_FIELDS.contains(normalize(field));
            String replaced = m.group();
            if (secret && !m.group(3).isEmpty()) {
                replaced = m.group().substring(0, m.start(3) - m.start())
                        + secretValue(field, m.group(3)) + "\"";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replaced));
        }
        m.appendTail(out);
        return out.toString();
    }

    // --- forms and query strings ---

    /** {@code a=1&b=2}: no spaces, and a '=' in the first pair. */
    private static boolean looksLikeForm(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            return false;
        }
        int amp = text.indexOf('&');
        if (amp >= 0 && amp < eq) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '/' && i < eq) {
                return false;
            }
        }
        return true;
    }

    private String form(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String pair : text.split("&", -1)) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (eq < 0 || !isSecretField(decode(key), true)) {
                out.append(pair);
                continue;
            }
            String value = decode(pair.substring(eq + 1));
            out.append(key).append('=').append(secretValue(decode(key).toLowerCase(Locale.ROOT), value));
        }
        return out.toString();
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
