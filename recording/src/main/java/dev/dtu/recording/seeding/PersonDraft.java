package dev.dtu.recording.seeding;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import java.util.LinkedHashSet;
import java.util.Set;

/** A person as the recordings reveal them; each vendor fills in what it knows. */
public final class PersonDraft {
    final String id;
    final String email;
    String name;
    String title;
    String timezone;
    Boolean active;
    final Set<String> groups = new LinkedHashSet<>();

    PersonDraft(String id, String email, String name) {
        this.id = id;
        this.email = email;
        this.name = name;
    }

    public String id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    PersonDraft title(String value) {
        if (title == null && value != null && !value.isBlank()) {
            title = value;
        }
        return this;
    }

    PersonDraft timezone(String value) {
        if (timezone == null && value != null && !value.isBlank()) {
            timezone = value;
        }
        return this;
    }

    PersonDraft active(boolean value) {
        active = active == null ? value : active && value;
        return this;
    }

    ObjectNode toSeed() {
        ObjectNode p = Json.object().put("id", id).put("name", name).put("email", email);
        if (title != null) {
            p.put("title", title);
        }
        if (timezone != null) {
            p.put("timezone", timezone);
        }
        if (!groups.isEmpty()) {
            groups.forEach(p.putArray("groups")::add);
        }
        if (active != null && !active) {
            p.put("active", false);
        }
        return p;
    }
}
