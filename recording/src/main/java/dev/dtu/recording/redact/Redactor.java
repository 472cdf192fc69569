package dev.dtu.recording.redact;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What counts as a secret in recorded traffic and what replaces it: credential headers (keeping their
 * scheme), cookies, secret-named query and body fields, and tokens that appear inside any text. Emails are
 * replaced too when asked.
 */
public final class Redactor {
    private static final List<String> SECRET_HEADERS = List.of("authorization", "proxy-authorization", "cookie",
            "set-cookie", "x-api-key", "x-slack-signature", "x-hub-signature", "x-hub-signature-256",
            "x-okta-verification-challenge", "x-goog-api-key");
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(token|secret|password|passwd|api_?key|private_?key|signature|credential|assertion|cookie|samlresponse).*");
    /** In a query string or form these also carry secrets (Google's {@code key}, OAuth's {@code code}). */
    private static final Pattern SECRET_PARAM = Pattern.compile("(?i)key|code|sig");
    private static final Pattern NOT_SECRET_NAME = Pattern.compile("(?i).*(page_?token|cursor|token_type|tokentype|expires).*");
    private static final Pattern SECRET_VALUE = Pattern.compile(
            "x(?:ox[abposr]|app)-[A-Za-z0-9-]{8,}|ya29\\.[A-Za-z0-9._-]{8,}|eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*"
                    + "|ATATT[A-Za-z0-9_=-]{8,}|(?<=SSWS )[A-Za-z0-9_-]{8,}"
                    + "|-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?-----END [A-Z ]*PRIVATE KEY-----");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern SCHEME = Pattern.compile("(?i)^(Bearer|Basic|SSWS|Token|Digest)\\s+(.+)$");

    private final Placeholders placeholders;
    private final boolean emails;

    public Redactor(Placeholders placeholders, boolean emails) {
        this.placeholders = placeholders;
        this.emails = emails;
    }

    public static boolean isSecretHeader(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return SECRET_HEADERS.contains(n) || n.contains("token") || n.contains("secret");
    }

    public static boolean isSecretName(String name) {
        return SECRET_NAME.matcher(name).matches() && !NOT_SECRET_NAME.matcher(name).matches();
    }

    public static boolean isSecretParam(String name) {
        return isSecretName(name) || SECRET_PARAM.matcher(name).matches();
    }

    /** A query string or form body with its secret parameters and any tokens in values replaced. */
    public String query(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return encoded;
        }
        StringBuilder out = new StringBuilder();
        for (String pair : encoded.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String raw = eq < 0 ? null : pair.substring(eq + 1);
            out.append(out.isEmpty() ? "" : "&").append(name);
            if (raw != null) {
                String value = java.net.URLDecoder.decode(raw, java.nio.charset.StandardCharsets.UTF_8);
                String redacted = isSecretParam(java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8))
                        ? secret(value) : text(value);
                out.append('=').append(redacted.equals(value) ? raw
                        : java.net.URLEncoder.encode(redacted, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }

    /** A secret header's value: a credential keeps its scheme (and so what kind it was). */
    public String header(String name, String value) {
        if (!isSecretHeader(name)) {
            return text(value);
        }
        Matcher m = SCHEME.matcher(value.strip());
        return m.matches() ? m.group(1) + " " + placeholders.of(m.group(2)) : placeholders.of(value);
    }

    /** A value stored under a secret name. */
    public String secret(String value) {
        return value.isEmpty() ? value : placeholders.of(value);
    }

    /** Free text: tokens found inside it, and emails when asked, are replaced. */
    public String text(String value) {
        String out = replace(SECRET_VALUE, value, placeholders::of);
        return emails ? replace(EMAIL, out, placeholders::email) : out;
    }

    private static String replace(Pattern p, String value, java.util.function.UnaryOperator<String> with) {
        Matcher m = p.matcher(value);
        if (!m.find()) {
            return value;
        }
        StringBuilder sb = new StringBuilder();
        do {
            m.appendReplacement(sb, Matcher.quoteReplacement(with.apply(m.group())));
        } while (m.find());
        return m.appendTail(sb).toString();
    }
}
