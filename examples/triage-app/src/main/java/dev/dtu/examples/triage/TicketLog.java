package dev.dtu.examples.triage;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Every ticket as a row of the "Support tickets" sheet: Ticket, Customer, Subject, Status, Opened. */
final class TicketLog {
    private static final String SHEET = "Tickets";

    private final SheetsClient sheets;
    private final String spreadsheetName;
    private volatile String spreadsheetId;

    TicketLog(SheetsClient sheets, String spreadsheetName) {
        this.sheets = sheets;
        this.spreadsheetName = spreadsheetName;
    }

    void opened(Ticket t, String reporterEmail) {
        id().ifPresent(id -> sheets.appendRow(id, SHEET,
                List.of(t.key(), reporterEmail, t.summary(), "Open", LocalDate.now(ZoneOffset.UTC).toString())));
    }

    void closed(Ticket t) {
        id().ifPresent(id -> sheets.updateByKey(id, SHEET, t.key(), "D", "Done"));
    }

    void forget() {
        spreadsheetId = null;
        sheets.signOut();
    }

    private java.util.Optional<String> id() {
        String id = spreadsheetId;
        if (id == null) {
            id = sheets.spreadsheetId(spreadsheetName).orElse(null);
            spreadsheetId = id;
        }
        return java.util.Optional.ofNullable(id);
    }
}
