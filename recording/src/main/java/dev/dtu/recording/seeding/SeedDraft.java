package dev.dtu.recording.seeding;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.recording.Vendor;
import dev.dtu.server.http.Json;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The seed being inferred: company, people, one section per vendor, and notes on what could not be kept. */
public final class SeedDraft {
    static final String FALLBACK_DOMAIN = "recorded.example";

    private final People people = new People(FALLBACK_DOMAIN);
    private final Map<Vendor, ObjectNode> sections = new EnumMap<>(Vendor.class);
    private final List<String> notes = new ArrayList<>();
    private String companyName;
    private String companyDomain;

    private CreatedDuringRecording created = new CreatedDuringRecording();

    private final java.util.Set<Vendor> recorded = java.util.EnumSet.noneOf(Vendor.class);

    /** Whether the recordings hold any traffic of this vendor (Okta's groups outrank Slack's admin flag). */
    public boolean recorded(Vendor vendor) {
        return recorded.contains(vendor);
    }

    void markRecorded(Vendor vendor) {
        recorded.add(vendor);
    }

    void created(CreatedDuringRecording ids) {
        created = ids;
    }

    /** Whether the recording itself created this object: the world before the recording did not hold it. */
    public boolean createdDuringRecording(Vendor vendor, String id) {
        return created.contains(vendor, id);
    }

    public People people() {
        return people;
    }

    /** The vendor's section, created empty on first use. */
    public ObjectNode section(Vendor vendor) {
        return sections.computeIfAbsent(vendor, v -> Json.object());
    }

    public void company(String name, String domain) {
        if (companyName == null && name != null && !name.isBlank()) {
            companyName = name;
        }
        if (companyDomain == null && domain != null && domain.contains(".")) {
            companyDomain = domain.toLowerCase(java.util.Locale.ROOT);
        }
    }

    public void note(String note) {
        notes.add(note);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** The seed document (not yet validated). */
    public ObjectNode toSeed() {
        ObjectNode seed = Json.object();
        String domain = companyDomain != null ? companyDomain : people.commonDomain().orElse(FALLBACK_DOMAIN);
        seed.putObject("company").put("name", companyName != null ? companyName : "Recorded company").put("domain", domain);
        var list = seed.putArray("people");
        people.all().forEach(p -> list.add(p.toSeed()));
        sections.forEach((v, s) -> {
            if (!s.isEmpty()) {
                seed.set(v.twin(), s);
            }
        });
        return seed;
    }
}
