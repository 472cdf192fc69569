package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.resource.Resource;
import dev.dtu.twins.slack.errors.SlackError;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Modals and App Homes (https://api.slack.com/surfaces/modals, https://api.slack.com/surfaces/app-home). A modal is
 * a stack of at most three views sharing a {@code root_view_id}, newest on top; only the top one shows. An App Home
 * is one view per person, kept across publishes with the same id. Closed modal views are forgotten, as Slack's
 * views.update then answers not_found.
 */
public final class Views {
    /** "You can only push up to 3 views onto the view stack" (views.push, push_limit_reached). */
    public static final int MAX_STACK = 3;

    private final Workspace ws;

    public Views(Workspace ws) {
        this.ws = ws;
    }

    /** A stored view and the person who sees it. */
    public record Shown(String user, ObjectNode view) {
        public String id() {
            return view.path("id").asText();
        }

        public String rootId() {
            return view.path("root_view_id").asText();
        }

        public boolean isModal() {
            return view.path("type").asText().equals("modal");
        }
    }

    /** views.open: a new modal for the person whose interaction gave the trigger. */
    public ObjectNode open(Triggers.Trigger trigger, ObjectNode input) {
        requireModal(input);
        uniqueExternalId(input, null);
        String id = Ids.next(ws.tx(), "V");
        return save(trigger.user(), ViewPayload.stored(input, id, id, null, ws.team(), ws.app(), null, ws.nowSeconds()));
    }

    /** views.push: on top of the modal the trigger's interaction happened in. */
    public ObjectNode push(Triggers.Trigger trigger, ObjectNode input) {
        requireModal(input);
        Shown from = find(trigger.viewId()).filter(Shown::isModal).orElseThrow(() -> new SlackError("not_found"));
        return push(from.user(), from.rootId(), input);
    }

    /** Pushes onto the stack of {@code rootId}: push_limit_reached once it holds three views. */
    public ObjectNode push(String user, String rootId, ObjectNode input) {
        List<Shown> stack = stack(rootId);
        if (stack.size() >= MAX_STACK) {
            throw new SlackError("push_limit_reached");
        }
        uniqueExternalId(input, null);
        String id = Ids.next(ws.tx(), "V");
        String previous = stack.isEmpty() ? null : stack.get(stack.size() - 1).id();
        return save(user, ViewPayload.stored(input, id, rootId, previous, ws.team(), ws.app(), null, ws.nowSeconds()));
    }

    /**
     * views.update, by view id or external id: the same view with new content and a new hash; hash_conflict when the
     * caller's {@code hash} is not the current one. A modal stays a modal and a home a home.
     */
    public ObjectNode update(Optional<String> viewId, Optional<String> externalId, Optional<String> hash,
                             ObjectNode input) {
        Shown current = viewId.map(this::find).orElseGet(() -> externalId.flatMap(this::byExternalId))
                .orElseThrow(() -> new SlackError("not_found"));
        if (hash.isPresent() && !hash.get().equals(current.view().path("hash").asText())) {
            throw new SlackError("hash_conflict");
        }
        return replace(current, input);
    }

    /** The view {@code current} shows {@code input} now (views.update, response_action update). */
    public ObjectNode replace(Shown current, ObjectNode input) {
        if (!input.path("type").asText().equals(current.view().path("type").asText())) {
            throw new SlackError.InvalidArguments("must be a valid enum value [json-pointer:/view/type]");
        }
        uniqueExternalId(input, current.id());
        ObjectNode v = ViewPayload.stored(input, current.id(), current.rootId(),
                current.view().path("previous_view_id").asText(null), ws.team(), ws.app(),
                (ObjectNode) current.view().get("state"), ws.nowSeconds());
        return save(current.user(), v);
    }

    /** views.publish: the person's App Home, created on first publish. */
    public ObjectNode publish(String user, Optional<String> hash, ObjectNode input) {
        if (!input.path("type").asText().equals("home")) {
            throw new SlackError.InvalidArguments("must be a valid enum value [json-pointer:/view/type]");
        }
        Optional<Shown> home = home(user);
        if (home.isPresent() && hash.isPresent() && !hash.get().equals(home.get().view().path("hash").asText())) {
            throw new SlackError("hash_conflict");
        }
        if (home.isPresent()) {
            return replace(home.get(), input);
        }
        uniqueExternalId(input, null);
        String id = Ids.next(ws.tx(), "V");
        return save(user, ViewPayload.stored(input, id, id, null, ws.team(), ws.app(), null, ws.nowSeconds()));
    }

    public Optional<Shown> home(String user) {
        return all().stream().filter(s -> s.user().equals(user) && !s.isModal()).findFirst();
    }

    public Optional<Shown> find(String id) {
        return id == null ? Optional.empty()
                : ws.tx().get(SlackKinds.VIEWS, id).map(r -> new Shown(r.parent(), r.body().deepCopy()));
    }

    /** A modal's views from the root up. */
    public List<Shown> stack(String rootId) {
        return all().stream().filter(s -> s.isModal() && s.rootId().equals(rootId)).toList();
    }

    /** The modal views open for a person, each stack from the root up. */
    public List<Shown> openModals(String user) {
        return all().stream().filter(s -> s.isModal() && s.user().equals(user)).toList();
    }

    /** Closes the view and those pushed above it. */
    public void close(Shown view) {
        for (Shown s : stack(view.rootId())) {
            if (s.id().compareTo(view.id()) >= 0) {
                ws.tx().remove(SlackKinds.VIEWS, s.id());
            }
        }
    }

    /** Closes the whole modal (response_action clear). */
    public void clear(String rootId) {
        stack(rootId).forEach(s -> ws.tx().remove(SlackKinds.VIEWS, s.id()));
    }

    /** Keeps what the person entered in the view's {@code state}. */
    public ObjectNode withState(Shown view, JsonNode state) {
        ObjectNode v = view.view();
        v.set("state", state);
        return save(view.user(), v);
    }

    private Optional<Shown> byExternalId(String externalId) {
        return all().stream().filter(s -> externalId.equals(s.view().path("external_id").asText())).findFirst();
    }

    /** "It must be unique for all views on a team" (views.open). */
    private void uniqueExternalId(ObjectNode input, String except) {
        String ext = input.path("external_id").asText("");
        if (!ext.isEmpty() && byExternalId(ext).filter(s -> !s.id().equals(except)).isPresent()) {
            throw new SlackError("duplicate_external_id");
        }
    }

    private static void requireModal(ObjectNode input) {
        if (!input.path("type").asText().equals("modal")) {
            throw new SlackError.InvalidArguments("must be a valid enum value [json-pointer:/view/type]");
        }
    }

    private List<Shown> all() {
        return ws.tx().all(SlackKinds.VIEWS).values().stream()
                .map(r -> new Shown(r.parent(), r.body().deepCopy()))
                .sorted(Comparator.comparing(Shown::id)).toList();
    }

    private ObjectNode save(String user, ObjectNode view) {
        String id = view.path("id").asText();
        ws.tx().put(SlackKinds.VIEWS, id, new Resource(id, user, view.deepCopy()));
        return view;
    }
}
