package dev.dtu.twins.google.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.model.BatchUpdateSpreadsheetRequest;
import com.google.api.services.sheets.v4.model.Request;
import com.google.api.services.sheets.v4.model.Spreadsheet;
import com.google.api.services.sheets.v4.model.SpreadsheetProperties;
import com.google.api.services.sheets.v4.model.UpdateSpreadsheetPropertiesRequest;
import com.google.api.services.sheets.v4.model.ValueRange;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.google.GoogleWorld;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** properties.timeZone: which ids Google takes, and NOW()/TODAY() read in the spreadsheet's zone. */
class SheetsTimeZoneTest {
    // 23:30 GMT on New Year's Day: already 2 January in Tokyo (UTC+9), still 1 January in New York (UTC-5).
    static final Instant NEW_YEAR_NIGHT = Instant.parse("2026-01-01T23:30:00Z");
    static final double JAN_1_2026 = 46023;
    static final double JAN_2_2026 = 46024;

    static final GoogleWorld WORLD = worldAt(NEW_YEAR_NIGHT);
    static final Sheets ADA = WORLD.sheets("ada");

    private static GoogleWorld worldAt(Instant now) {
        GoogleWorld world = GoogleWorld.create();
        world.setClock(Clock.fixed(now, ZoneOffset.UTC));
        return world;
    }

    private static Spreadsheet create(String title, String timeZone) throws Exception {
        return ADA.spreadsheets().create(new Spreadsheet().setProperties(new SpreadsheetProperties().setTitle(title)
                .setTimeZone(timeZone))).execute();
    }

    private static Request setTimeZone(String timeZone) {
        return new Request().setUpdateSpreadsheetProperties(new UpdateSpreadsheetPropertiesRequest()
                .setProperties(new SpreadsheetProperties().setTimeZone(timeZone)).setFields("timeZone"));
    }

    private static void batch(String id, Request... requests) throws Exception {
        ADA.spreadsheets().batchUpdate(id, new BatchUpdateSpreadsheetRequest().setRequests(List.of(requests))).execute();
    }

    private static String timeZoneOf(String id) throws Exception {
        return ADA.spreadsheets().get(id).execute().getProperties().getTimeZone();
    }

    @Test
    void tzDatabaseIdsAndGooglesCustomGmtOffsetsAreKept() throws Exception {
        for (String zone : List.of("America/New_York", "Europe/Paris", "Etc/GMT", "Asia/Kolkata", "UTC",
                "GMT-07:00", "GMT+05:30", "GMT+00:00")) {
            Spreadsheet s = create("Zone " + zone, zone);
            assertEquals(zone, s.getProperties().getTimeZone());
            assertEquals(zone, timeZoneOf(s.getSpreadsheetId()));
        }
    }

    @Test
    void anEmptyTimeZoneAtCreationIsUnsetAndGetsGooglesDefault() throws Exception {
        // proto3 strings have no presence: "" is the same as leaving the field out.
        assertEquals("Etc/GMT", create("Empty zone", "").getProperties().getTimeZone());
    }

    @Test
    void unknownTimeZonesAtCreationGet400AndNoSpreadsheet() throws Exception {
        for (String zone : List.of("Mars/Olympus", "GMT+99", "GMT+19:00", "GMT+5", "UTC+01:00", "+01:00", "Z",
                "america/new_york", " Europe/Paris")) {
            String title = "Nowhere " + zone.hashCode();
            GoogleJsonResponseException e = GoogleWorld.error(() -> create(title, zone));
            assertEquals(400, e.getStatusCode(), zone);
            assertEquals("Invalid timeZone: " + zone, e.getDetails().getMessage());
            assertEquals("INVALID_ARGUMENT", e.getDetails().get("status"));
            assertEquals(List.of(), WORLD.drive("ada").files().list().setQ("name = '" + title + "'").execute()
                    .getFiles(), "nothing is created for " + zone);
        }
    }

    @Test
    void theErrorIsGooglesEnvelope() {
        Http.Reply reply = Http.post(WORLD.universeUrl + "v4/spreadsheets",
                "{\"properties\":{\"title\":\"Mars\",\"timeZone\":\"Mars/Olympus\"}}",
                "Content-Type", "application/json", "Authorization", "Bearer " + WORLD.tokens.get("ada"));
        assertEquals(400, reply.status(), reply.body());
        JsonNode error = reply.json().path("error");
        assertEquals(400, error.path("code").asInt());
        assertEquals("Invalid timeZone: Mars/Olympus", error.path("message").asText());
        assertEquals("INVALID_ARGUMENT", error.path("status").asText());
    }

    @Test
    void anUnknownTimeZoneFailsTheWholeBatch() throws Exception {
        Spreadsheet s = create("Atomic zone", "Europe/Paris");
        String id = s.getSpreadsheetId();
        Request rename = new Request().setUpdateSpreadsheetProperties(new UpdateSpreadsheetPropertiesRequest()
                .setProperties(new SpreadsheetProperties().setTitle("Renamed").setLocale("fr_FR")).setFields("title,locale"));
        GoogleJsonResponseException e = GoogleWorld.error(() -> {
            batch(id, rename, setTimeZone("Mars/Olympus"));
            return null;
        });
        assertEquals(400, e.getStatusCode());
        assertEquals("Invalid requests[1].updateSpreadsheetProperties: Invalid timeZone: Mars/Olympus",
                e.getDetails().getMessage());
        SpreadsheetProperties after = ADA.spreadsheets().get(id).execute().getProperties();
        assertEquals("Atomic zone", after.getTitle(), "the earlier request in the batch is not applied");
        assertEquals("en_US", after.getLocale());
        assertEquals("Europe/Paris", after.getTimeZone());
        assertEquals("Atomic zone", WORLD.drive("ada").files().get(id).execute().getName());
    }

    @Test
    void aMaskNamingTimeZoneNeedsAKnownOne() throws Exception {
        String id = create("Masked", "Asia/Tokyo").getSpreadsheetId();
        for (String zone : new String[] {"", "GMT+99", "Europe/Atlantis"}) {
            GoogleJsonResponseException e = GoogleWorld.error(() -> {
                batch(id, setTimeZone(zone));
                return null;
            });
            assertEquals("Invalid requests[0].updateSpreadsheetProperties: Invalid timeZone: " + zone,
                    e.getDetails().getMessage());
        }
        Request absent = new Request().setUpdateSpreadsheetProperties(new UpdateSpreadsheetPropertiesRequest()
                .setProperties(new SpreadsheetProperties().setTitle("Masked")).setFields("timeZone"));
        GoogleJsonResponseException e = GoogleWorld.error(() -> {
            batch(id, absent);
            return null;
        });
        assertEquals(400, e.getStatusCode(), "a masked field that is absent is set to the empty id");
        Request everything = new Request().setUpdateSpreadsheetProperties(new UpdateSpreadsheetPropertiesRequest()
                .setProperties(new SpreadsheetProperties().setTitle("Still masked")).setFields("*"));
        batch(id, everything);
        assertEquals("Asia/Tokyo", timeZoneOf(id), "* leaves out what the request does not give");
        batch(id, setTimeZone("GMT-07:00"));
        assertEquals("GMT-07:00", timeZoneOf(id));
    }

    @Test
    void todayAndNowAreTheWallClockInTheSpreadsheetsZone() throws Exception {
        String tokyo = withClockFormulas("Asia/Tokyo");
        assertEquals(List.of(JAN_2_2026, JAN_2_2026 + 8.5 / 24), unformatted(tokyo));
        assertEquals(List.of("1/2/2026", "1/2/2026 8:30:00"), formatted(tokyo));

        String newYork = withClockFormulas("America/New_York");
        assertEquals(List.of(JAN_1_2026, JAN_1_2026 + 18.5 / 24), unformatted(newYork));
        assertEquals(List.of("1/1/2026", "1/1/2026 18:30:00"), formatted(newYork));

        String gmt = withClockFormulas("Etc/GMT");
        assertEquals(List.of(JAN_1_2026, JAN_1_2026 + 23.5 / 24), unformatted(gmt));

        String offset = withClockFormulas("GMT+05:30");
        assertEquals(List.of("1/2/2026", "1/2/2026 5:00:00"), formatted(offset));
    }

    @Test
    void changingTheZoneRecalculatesToday() throws Exception {
        String id = withClockFormulas("Asia/Tokyo");
        batch(id, setTimeZone("America/New_York"));
        assertEquals(List.of("1/1/2026", "1/1/2026 18:30:00"), formatted(id));
    }

    private static String withClockFormulas(String timeZone) throws Exception {
        String id = create("Clock " + timeZone, timeZone).getSpreadsheetId();
        ADA.spreadsheets().values().update(id, "A1", new ValueRange().setValues(List.of(List.of("=TODAY()", "=NOW()"))))
                .setValueInputOption("USER_ENTERED").execute();
        return id;
    }

    private static List<Double> unformatted(String id) throws Exception {
        return ADA.spreadsheets().values().get(id, "A1:B1").setValueRenderOption("UNFORMATTED_VALUE").execute()
                .getValues().get(0).stream().map(v -> ((Number) v).doubleValue()).toList();
    }

    private static List<Object> formatted(String id) throws Exception {
        return ADA.spreadsheets().values().get(id, "A1:B1").execute().getValues().get(0);
    }

    @Property(tries = 60)
    void everyTzDatabaseZoneRoundTrips(@ForAll("zoneIds") String zone) throws Exception {
        String id = PropertySheet.ID;
        batch(id, setTimeZone(zone));
        assertEquals(zone, timeZoneOf(id));
    }

    @Provide
    Arbitrary<String> zoneIds() {
        return Arbitraries.of(new TreeSet<>(ZoneId.getAvailableZoneIds()));
    }

    /** One spreadsheet for all tries of the property (created on first use). */
    private static final class PropertySheet {
        static final String ID;

        static {
            try {
                ID = create("Every zone", "Etc/GMT").getSpreadsheetId();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
