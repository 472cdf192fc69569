package dev.dtu.bench.serving;

import io.undertow.Undertow;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The practical limit of this machine: Undertow with one handler on its IO threads that checks the token,
 * appends the message to the channel (post) or answers the latest ten (history) — no framework at all.
 */
public final class BareTarget implements ServingTarget {
    private final Undertow server;
    private final SlackMix mix;
    private final Map<String, List<String[]>> channels = new HashMap<>();
    private long clock = 1_700_000_000_000_000L;

    public BareTarget(SlackMix mix) {
        this.mix = mix;
        server = Undertow.builder().addHttpListener(0, "127.0.0.1")
                .setHandler(ex -> ex.getRequestReceiver().receiveFullBytes(this::answer)).build();
        server.start();
    }

    private void answer(HttpServerExchange ex, byte[] body) {
        ex.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
        String auth = ex.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        if (auth == null || !auth.equals("Bearer " + mix.token())) {
            ex.getResponseSender().send("{\"ok\":false,\"error\":\"invalid_auth\"}");
            return;
        }
        Map<String, String> form = form(new String(body, StandardCharsets.UTF_8));
        String path = ex.getRequestPath();
        String json = path.endsWith("/chat.postMessage") ? post(form) : history(form);
        ex.getResponseSender().send(json);
    }

    private String post(Map<String, String> form) {
        String channel = form.get("channel");
        String[] message;
        synchronized (channels) {
            message = new String[] {ts(++clock), form.get("text")};
            channels.computeIfAbsent(channel, c -> new ArrayList<>()).add(message);
        }
        return "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + message[0] + "\",\"message\":"
                + message(message) + "}";
    }

    private String history(Map<String, String> form) {
        int limit = Integer.parseInt(form.getOrDefault("limit", "100"));
        StringBuilder out = new StringBuilder("{\"ok\":true,\"messages\":[");
        synchronized (channels) {
            List<String[]> all = channels.getOrDefault(form.get("channel"), List.of());
            for (int i = all.size() - 1, n = 0; i >= 0 && n < limit; i--, n++) {
                out.append(n == 0 ? "" : ",").append(message(all.get(i)));
            }
            out.append("],\"has_more\":").append(all.size() > limit);
        }
        return out.append(",\"pin_count\":0,\"response_metadata\":{\"next_cursor\":\"\"}}").toString();
    }

    /** Shaped like the twin's message so both answers are about the same size. */
    private static String message(String[] m) {
        return "{\"user\":\"U0BENCHBOT\",\"type\":\"message\",\"ts\":\"" + m[0] + "\",\"bot_id\":\"B0BENCH\","
                + "\"app_id\":\"A0BENCH\",\"text\":\"" + m[1].replace("\"", "\\\"") + "\",\"team\":\"T0BENCH\","
                + "\"blocks\":[{\"type\":\"rich_text\",\"block_id\":\"bench\",\"elements\":[{\"type\":"
                + "\"rich_text_section\",\"elements\":[{\"type\":\"text\",\"text\":\"" + m[1].replace("\"", "\\\"")
                + "\"}]}]}]}";
    }

    private static String ts(long micros) {
        return (micros / 1_000_000) + "." + String.format("%06d", micros % 1_000_000);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> out = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Override
    public String name() {
        return "bare Undertow handler";
    }

    @Override
    public String description() {
        return "Undertow " + io.undertow.Version.getVersionString()
                + " defaults, one handler on the IO threads: token check, form parse, append / latest ten";
    }

    @Override
    public int port() {
        return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }

    @Override
    public SlackMix slackMix() {
        return mix;
    }

    @Override
    public String apiPrefix() {
        return "/api/";
    }

    @Override
    public void reset() {
        synchronized (channels) {
            channels.clear();
            for (int i = 0; i < SlackMix.HISTORY_LIMIT; i++) {
                post(Map.of("channel", mix.channel(), "text", SlackMix.TEXT.replace('+', ' ')));
            }
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
