package dev.dtu.twins.okta.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Linked object definitions ({@code /api/v1/meta/schemas/user/linkedObjects}) and the links between users
 * ({@code /api/v1/users/{id}/linkedObjects/…}). An associated user has at most one primary user per
 * relationship; a primary user has any number of associated users.
 */
public final class LinkedObjects {
    public static final Kind<LinkedObject> DEFINITIONS = Kind.of("okta", "linkedObjects", LinkedObject.class);
    public static final Kind<UserLink> LINKS = Kind.of("okta", "userLinks", UserLink.class);

    private final Tx tx;

    public LinkedObjects(Tx tx) {
        this.tx = tx;
    }

    /** The definition whose primary or associated name this is. */
    public static Optional<LinkedObject> find(State state, String name) {
        return state.all(DEFINITIONS).values().stream()
                .filter(d -> d.primaryName().equals(name) || d.associatedName().equals(name)).findFirst();
    }

    public static LinkedObject require(State state, String name) {
        return find(state, name).orElseThrow(() -> OktaErrors.notFound(name, "LinkedObject"));
    }

    /** The users on the other side of {@code relationshipName} from {@code userId}. */
    public static List<String> linked(State state, String userId, String relationshipName) {
        LinkedObject definition = require(state, relationshipName);
        if (definition.primaryName().equals(relationshipName)) {
            return state.get(LINKS, UserLink.key(definition.primaryName(), userId))
                    .map(l -> List.of(l.primaryUserId())).orElse(List.of());
        }
        return state.all(LINKS).subMap(definition.primaryName() + "/", definition.primaryName() + "/\uffff").values()
                .stream().filter(l -> l.primaryUserId().equals(userId)).map(UserLink::associatedUserId).toList();
    }

    public LinkedObject create(JsonNode body) {
        JsonNode primary = body.path("primary");
        JsonNode associated = body.path("associated");
        List<String> causes = new ArrayList<>();
        String primaryName = name(primary, "primary", causes);
        String associatedName = name(associated, "associated", causes);
        for (String side : List.of("primary", "associated")) {
            JsonNode part = body.path(side);
            if (part.path("title").asText("").isBlank()) {
                causes.add(side + ".title: The field cannot be left blank");
            }
            if (!"USER".equals(part.path("type").asText(null))) {
                causes.add(side + ".type: The type must be USER");
            }
        }
        if (primaryName != null && primaryName.equals(associatedName)) {
            causes.add("associated.name: The primary and associated names must differ");
        }
        for (String name : new String[] {primaryName, associatedName}) {
            if (name != null && (find(tx.state(), name).isPresent() || CustomAttributes.BASE.contains(name))) {
                causes.add(name + ": An object with this field already exists in the current organization");
            }
        }
        if (!causes.isEmpty()) {
            throw OktaErrors.apiValidationFailed(causes.get(0).substring(0, causes.get(0).indexOf(':')), causes);
        }
        return tx.put(DEFINITIONS, primaryName, new LinkedObject(primaryName, primaryName,
                primary.path("title").asText(), primary.path("description").asText(null), associatedName,
                associated.path("title").asText(), associated.path("description").asText(null)));
    }

    public void delete(String name) {
        LinkedObject definition = require(tx.state(), name);
        List.copyOf(tx.all(LINKS).subMap(definition.primaryName() + "/", definition.primaryName() + "/\uffff").keySet())
                .forEach(k -> tx.remove(LINKS, k));
        tx.remove(DEFINITIONS, definition.id());
    }

    /** Makes {@code primaryUserId} the primary of {@code associatedUserId} (replacing any earlier one). */
    public void link(String associatedUserId, String primaryName, String primaryUserId) {
        LinkedObject definition = require(tx.state(), primaryName);
        if (!definition.primaryName().equals(primaryName)) {
            throw OktaErrors.apiValidationFailed("primaryRelationshipName", List.of("primaryRelationshipName: '"
                    + primaryName + "' is the associated name; links are set by the primary name"));
        }
        String associated = Users.require(tx.state(), associatedUserId).id();
        String primary = Users.require(tx.state(), primaryUserId).id();
        if (associated.equals(primary)) {
            throw OktaErrors.apiValidationFailed("primaryUserId",
                    List.of("primaryUserId: A user cannot be linked to itself"));
        }
        tx.put(LINKS, UserLink.key(primaryName, associated), new UserLink(UserLink.key(primaryName, associated),
                primaryName, associated, primary));
    }

    /** Removes the user's primary link in the relationship, or (by the associated name) every link to the user. */
    public void unlink(String userId, String relationshipName) {
        LinkedObject definition = require(tx.state(), relationshipName);
        String user = Users.require(tx.state(), userId).id();
        if (definition.primaryName().equals(relationshipName)) {
            tx.remove(LINKS, UserLink.key(relationshipName, user));
            return;
        }
        tx.all(LINKS).values().stream().filter(l -> l.primaryName().equals(definition.primaryName())
                && l.primaryUserId().equals(user)).toList().forEach(l -> tx.remove(LINKS, l.id()));
    }

    private static String name(JsonNode part, String side, List<String> causes) {
        String name = part.path("name").asText(null);
        if (name == null || name.isBlank()) {
            causes.add(side + ".name: The field cannot be left blank");
            return null;
        }
        if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            causes.add(side + ".name: The name must start with a letter and contain only letters, digits and underscores");
        }
        return name;
    }
}
