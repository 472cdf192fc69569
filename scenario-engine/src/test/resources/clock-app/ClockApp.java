import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * An app under test that reports its own clock around calls to the Slack twin: POST /probe calls auth.test
 * between two readings of System.currentTimeMillis(); POST /sleep?ms=N probes, sleeps N ms, probes again.
 */
public class ClockApp {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(System.getenv("PORT"))), 0);
        server.createContext("/probe", x -> answer(x, probe()));
        server.createContext("/sleep", x -> {
            String first = probe();
            try {
                Thread.sleep(Long.parseLong(x.getRequestURI().getQuery().replace("ms=", "")));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(x, "{\"first\":" + first + ",\"second\":" + probe() + "}");
        });
        server.createContext("/", x -> answer(x, "{}"));
        server.start();
    }

    static String probe() {
        long before = System.currentTimeMillis();
        int status;
        try {
            String base = System.getenv("SLACK_API_URL");
            status = HTTP.send(HttpRequest.newBuilder(URI.create((base.endsWith("/") ? base : base + "/") + "auth.test"))
                    .header("Authorization", "Bearer " + System.getenv("SLACK_BOT_TOKEN"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (Exception e) {
            status = 0;
        }
        return "{\"before\":" + before + ",\"after\":" + System.currentTimeMillis() + ",\"status\":" + status + "}";
    }

    static void answer(HttpExchange x, String json) throws java.io.IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(200, body.length);
        x.getResponseBody().write(body);
        x.close();
    }
}
