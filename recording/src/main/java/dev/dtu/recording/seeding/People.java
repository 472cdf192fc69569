package dev.dtu.recording.seeding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everyone the recordings mention, one identity across vendors: found again by email, or by display
 * name when a vendor hides emails (Jira usually does). Ids are made from the email's local part.
 */
public final class People {
    private final Map<String, PersonDraft> byEmail = new LinkedHashMap<>();
    private final Map<String, PersonDraft> byName = new HashMap<>();
    private final String fallbackDomain;

    People(String fallbackDomain) {
        this.fallbackDomain = fallbackDomain;
    }

    /** The person with this email (or, lacking one, this name), created when new. */
    public PersonDraft person(String email, String name) {
        Optional<PersonDraft> known = find(email, name);
        if (known.isPresent()) {
            return known.get();
        }
        String mail = email != null && email.contains("@") ? email : madeUpEmail(name);
        String display = name == null || name.isBlank() ? mail.substring(0, mail.indexOf('@')) : name.strip();
        PersonDraft p = new PersonDraft(freshId(mail), mail, display);
        byEmail.put(mail.toLowerCase(Locale.ROOT), p);
        byName.putIfAbsent(display.toLowerCase(Locale.ROOT), p);
        return p;
    }

    public Optional<PersonDraft> find(String email, String name) {
        if (email != null && byEmail.containsKey(email.toLowerCase(Locale.ROOT))) {
            return Optional.of(byEmail.get(email.toLowerCase(Locale.ROOT)));
        }
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    public List<PersonDraft> all() {
        return new ArrayList<>(byEmail.values());
    }

    public boolean isEmpty() {
        return byEmail.isEmpty();
    }

    /** The domain most people's emails are at. */
    Optional<String> commonDomain() {
        Map<String, Integer> counts = new HashMap<>();
        byEmail.keySet().forEach(e -> counts.merge(e.substring(e.indexOf('@') + 1), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey);
    }

    private String madeUpEmail(String name) {
        String local = (name == null ? "someone" : name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".")
                .replaceAll("^\\.|\\.$", "");
        return (local.isEmpty() ? "someone" : local) + "@" + fallbackDomain;
    }

    private String freshId(String email) {
        String base = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]+", "-");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "p" + base;
        }
        base = base.length() > 56 ? base.substring(0, 56) : base;
        String id = base;
        for (int n = 2; taken(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private boolean taken(String id) {
        return byEmail.values().stream().anyMatch(p -> p.id.equals(id));
    }
}
