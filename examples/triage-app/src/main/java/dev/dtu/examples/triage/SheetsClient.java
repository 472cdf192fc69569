package dev.dtu.examples.triage;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpBackOffIOExceptionHandler;
import com.google.api.client.http.HttpBackOffUnsuccessfulResponseHandler;
import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.client.util.ExponentialBackOff;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.File;
import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.model.ValueRange;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The ticket log: a Google Sheet found by name in Drive, one row per ticket, through Google's own Sheets and Drive
 * clients. The app signs in as its service account (google-auth-library) acting for the sheet's owner by
 * domain-wide delegation; 429s and 5xx are retried by the client library's exponential backoff.
 */
final class SheetsClient {
    static final List<String> SCOPES = List.of("https://www.googleapis.com/auth/spreadsheets",
            "https://www.googleapis.com/auth/drive.readonly");
    private static final String APP = "triage-app";

    private final String root;
    private final Supplier<GoogleCredentials> signIn;
    private final NetHttpTransport transport = new NetHttpTransport();
    private Sheets sheets;
    private Drive drive;

    SheetsClient(String rootUrl, Supplier<GoogleCredentials> signIn) {
        this.root = rootUrl.endsWith("/") ? rootUrl : rootUrl + "/";
        this.signIn = signIn;
        signOut();
    }

    /**
     * Drops the access token the credentials hold: after the scenario engine puts the universe back to its start,
     * the token endpoint no longer knows it (the twin's 401 for it carries no {@code error="invalid_token"}, which
     * is what google-auth-library refreshes on), so the next call signs in again.
     */
    void signOut() {
        HttpRequestInitializer init = retrying(new HttpCredentialsAdapter(signIn.get()));
        this.sheets = new Sheets.Builder(transport, GsonFactory.getDefaultInstance(), init)
                .setRootUrl(root).setApplicationName(APP).build();
        this.drive = new Drive.Builder(transport, GsonFactory.getDefaultInstance(), init)
                .setRootUrl(root).setApplicationName(APP).build();
    }

    /** The service account from its key file acting for {@code user}, or, without a key, a plain access token. */
    static GoogleCredentials credentials(Config config) {
        if (config.googleServiceAccountKey().isEmpty()) {
            String token = config.googleAccessToken().orElseThrow(
                    () -> new IllegalStateException("GOOGLE_SERVICE_ACCOUNT_KEY (or GOOGLE_ACCESS_TOKEN) is not set"));
            return GoogleCredentials.create(new AccessToken(token, null));
        }
        try {
            return ServiceAccountCredentials.fromStream(new ByteArrayInputStream(
                            config.googleServiceAccountKey().get().getBytes(StandardCharsets.UTF_8)))
                    .createScoped(SCOPES).createDelegated(config.googleUser());
        } catch (IOException e) {
            throw new UncheckedIOException("GOOGLE_SERVICE_ACCOUNT_KEY is not a service-account key file", e);
        }
    }

    /** The id of the spreadsheet with this name, searching Drive. */
    Optional<String> spreadsheetId(String name) {
        String q = "name = '" + name.replace("'", "\\'")
                + "' and mimeType = 'application/vnd.google-apps.spreadsheet' and trashed = false";
        return attempt(() -> drive.files().list().setQ(q).setFields("files(id,name)").execute().getFiles())
                .flatMap(files -> files == null ? Optional.empty() : files.stream().map(File::getId).findFirst());
    }

    void appendRow(String spreadsheetId, String sheet, List<String> cells) {
        ValueRange row = new ValueRange().setValues(List.of(List.copyOf(cells)));
        attempt(() -> sheets.spreadsheets().values().append(spreadsheetId, sheet + "!A1", row)
                .setValueInputOption("USER_ENTERED").execute());
    }

    /** Sets one column of the row whose first cell is {@code key}. */
    void updateByKey(String spreadsheetId, String sheet, String key, String column, String value) {
        Optional<List<List<Object>>> rows = attempt(() -> sheets.spreadsheets().values()
                .get(spreadsheetId, sheet + "!A:A").execute().getValues());
        List<List<Object>> values = rows.orElse(List.of());
        for (int i = 0; i < values.size(); i++) {
            List<Object> r = values.get(i);
            if (!r.isEmpty() && key.equals(String.valueOf(r.get(0)))) {
                ValueRange cell = new ValueRange().setValues(List.of(List.of(value)));
                String range = sheet + "!" + column + (i + 1);
                attempt(() -> sheets.spreadsheets().values().update(spreadsheetId, range, cell)
                        .setValueInputOption("RAW").execute());
                return;
            }
        }
    }

    private interface Call<T> {
        T run() throws IOException;
    }

    private static <T> Optional<T> attempt(Call<T> call) {
        try {
            return Optional.ofNullable(call.run());
        } catch (GoogleJsonResponseException e) {
            System.err.println("google: " + e.getStatusCode() + " " + e.getStatusMessage());
            return Optional.empty();
        } catch (IOException e) {
            System.err.println("google: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** From 100 ms, doubling, for 10 seconds at most (the library's default goes on for 15 minutes). */
    private static ExponentialBackOff backOff() {
        return new ExponentialBackOff.Builder().setInitialIntervalMillis(100).setMaxElapsedTimeMillis(10_000).build();
    }

    /** Google's advice for 429 and 5xx: exponential backoff (https://developers.google.com/sheets/api/limits). */
    private static HttpRequestInitializer retrying(HttpCredentialsAdapter credentials) {
        return request -> {
            credentials.initialize(request);
            HttpBackOffUnsuccessfulResponseHandler onStatus = new HttpBackOffUnsuccessfulResponseHandler(backOff())
                    .setBackOffRequired(r -> r.getStatusCode() == 429 || r.getStatusCode() / 100 == 5);
            request.setUnsuccessfulResponseHandler((req, response, supportsRetry) ->
                    credentials.handleResponse(req, response, supportsRetry) || onStatus.handleResponse(req, response, supportsRetry));
            request.setIOExceptionHandler(new HttpBackOffIOExceptionHandler(backOff()));
            request.setConnectTimeout(5_000).setReadTimeout(10_000);
        };
    }
}
