import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A tiny app under test that, on POST /go, calls the Slack method named by GAP_OP and reports the status. */
public class GapApp {
    public static void main(String[] args) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(System.getenv("PORT"))), 0);
        server.createContext("/health", x -> {
            x.sendResponseHeaders(200, -1);
            x.close();
        });
        server.createContext("/go", x -> {
            String base = System.getenv("SLACK_API_URL");
            String url = (base.endsWith("/") ? base : base + "/") + System.getenv().getOrDefault("GAP_OP", "conversations.markAsReadPlease");
            int status;
            try {
                status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + System.getenv("SLACK_BOT_TOKEN"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("channel=C1")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (Exception e) {
                status = 0;
            }
            byte[] body = ("{\"slackStatus\":" + status + "}").getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        server.start();
    }
}
