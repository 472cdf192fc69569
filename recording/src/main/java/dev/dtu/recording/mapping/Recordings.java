package dev.dtu.recording.mapping;

import dev.dtu.recording.RecordingException;
import dev.dtu.recording.Vendor;
import java.util.List;
import java.util.stream.Collectors;

/** The exchanges read from a recordings folder, and the mappings that could not be replayed. */
public record Recordings(List<Exchange> exchanges, List<String> skipped) {
    public List<Exchange> of(Vendor vendor) {
        return exchanges.stream().filter(e -> e.vendor() == vendor).toList();
    }

    void requireVendors() {
        List<Exchange> unknown = exchanges.stream().filter(e -> e.vendor() == null).toList();
        if (!unknown.isEmpty()) {
            String where = unknown.stream().limit(3).map(e -> e.source() + " (" + e.method() + " " + e.path() + ")")
                    .collect(Collectors.joining(", "));
            throw new RecordingException("cannot tell which twin " + unknown.size() + " recording(s) belong to: " + where
                    + "; pass --twin slack|okta|jira|google");
        }
    }
}
