package dev.dtu.twins.slack.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.delivery.DeliveryResult;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.state.Tx;
import dev.dtu.server.twin.TwinCall;
import dev.dtu.twins.slack.errors.SlackError;
import dev.dtu.twins.slack.events.EventSink;
import dev.dtu.twins.slack.events.SurfaceInteractions;
import dev.dtu.twins.slack.model.AssistantThreads;
import dev.dtu.twins.slack.model.Channels;
import dev.dtu.twins.slack.model.Conversation;
import dev.dtu.twins.slack.model.Message;
import dev.dtu.twins.slack.model.SlackKinds;
import dev.dtu.twins.slack.model.User;
import dev.dtu.twins.slack.model.ViewPayload;
import dev.dtu.twins.slack.model.ViewState;
import dev.dtu.twins.slack.model.Views;
import dev.dtu.twins.slack.model.Workspace;
import java.util.List;
import java.util.function.Function;

/**
 * A person using the app's surfaces: running a shortcut, clicking in a modal or App Home, submitting or closing a
 * modal, opening the App Home or the assistant container. Each admin call waits for the app's answer and reports it
 * with the person's open views afterwards. A submission's answer changes the modal as Slack does
 * (https://api.slack.com/surfaces/modals#updating_response): {@code errors} keeps it open, {@code update} replaces
 * the submitted view, {@code push} stacks a new one, {@code clear} closes them all, and an empty 200 closes the
 * submitted view.
 */
public final class SurfaceRoutes {
    private final SurfaceInteractions interactions;
    private final EventSink events;

    public SurfaceRoutes(SurfaceInteractions interactions, EventSink events) {
        this.interactions = interactions;
        this.events = events;
    }

    Response views(TwinCall call, User user) {
        ObjectNode out = Json.object().put("ok", true);
        addViews(out, read(call), user);
        return Response.json(200, out);
    }

    /** {@code callback_id}; with {@code channel} and {@code message_ts} a message shortcut, else a global one. */
    Response shortcut(TwinCall call, User user, ObjectNode body) {
        Workspace ws = read(call);
        String callbackId = body.path("callback_id").asText("");
        if (callbackId.isEmpty()) {
            throw new SlackError.InvalidArguments("missing required field: callback_id");
        }
        DeliveryResult result;
        if (body.hasNonNull("message_ts")) {
            Conversation c = ws.visible(body.path("channel").asText(""), user.id());
            Message m = ws.message(c.id(), body.path("message_ts").asText())
                    .orElseThrow(() -> new SlackError("message_not_found"));
            result = PeopleRoutes.await(interactions.messageAction(call.universe(), ws,
                    call.universe().twinUrl(SlackKinds.TWIN), user, c, m, callbackId));
        } else {
            result = PeopleRoutes.await(interactions.shortcut(call.universe(), ws, user, callbackId));
        }
        return answer(call, user, result, PeopleRoutes.outcome(result));
    }

    /** The person clicks or picks {@code action_id} (with {@code value}) in one of their views. */
    Response action(TwinCall call, User user, String viewId, ObjectNode body) {
        Workspace ws = read(call);
        Views.Shown view = shown(ws, user, viewId);
        DeliveryResult result = PeopleRoutes.await(interactions.viewAction(call.universe(), ws, user, view,
                body.path("action_id").asText(""), body.path("value").asText(null)));
        return answer(call, user, result, PeopleRoutes.outcome(result));
    }

    /** The person fills the top view's inputs with {@code values} (by action_id) and presses its submit button. */
    Response submit(TwinCall call, User user, String viewId, ObjectNode body) {
        Views.Shown top = top(read(call), user, viewId);
        if (!top.view().hasNonNull("submit")) {
            throw new SlackError("view_has_no_submit");
        }
        ObjectNode state = ViewState.fill(top.view(), body.path("values").isObject() ? body.get("values") : Json.object());
        Views.Shown filled = call.write(tx -> {
            Views views = new Views(new Workspace(tx, call.now()));
            Views.Shown current = views.find(top.id()).orElseThrow();
            return new Views.Shown(user.id(), views.withState(current, state));
        });
        DeliveryResult result = PeopleRoutes.await(interactions.submission(call.universe(), read(call), user, filled));
        ObjectNode out = PeopleRoutes.outcome(result);
        if (result.delivered()) {
            JsonNode answer = out.path("response");
            out.put("response_action", answer.path("response_action").asText("close"));
            if (answer.path("response_action").asText().equals("errors")) {
                out.set("errors", answer.path("errors"));
            }
            call.write(tx -> respond(new Views(new Workspace(tx, call.now())), filled, answer));
        }
        return answer(call, user, result, out);
    }

    /** How Slack applies the app's answer to a submission. */
    private static Void respond(Views views, Views.Shown submitted, JsonNode answer) {
        String action = answer.path("response_action").asText("");
        switch (action) {
            case "errors" -> { }
            case "update" -> views.replace(submitted, ViewPayload.parse(answer.get("view")));
            case "push" -> views.push(submitted.user(), submitted.rootId(), ViewPayload.parse(answer.get("view")));
            case "clear" -> views.clear(submitted.rootId());
            case "" -> views.close(submitted);
            default -> throw new SlackError.InvalidArguments("must be a valid enum value [json-pointer:/response_action]");
        }
        return null;
    }

    /** The person closes the top view (its close button); the app hears of it when the view asked (notify_on_close). */
    Response close(TwinCall call, User user, String viewId) {
        Views.Shown top = top(read(call), user, viewId);
        call.write(tx -> {
            new Views(new Workspace(tx, call.now())).close(top);
            return null;
        });
        ObjectNode out = Json.object().put("ok", true);
        DeliveryResult result = null;
        if (top.view().path("notify_on_close").asBoolean()) {
            result = PeopleRoutes.await(interactions.closed(call.universe(), read(call), user, top, false));
            out = PeopleRoutes.outcome(result);
        }
        return answer(call, user, result, out);
    }

    /** The person opens the app's Home (or Messages) tab: app_home_opened, with their Home view once published. */
    Response home(TwinCall call, User user, ObjectNode body) {
        String tab = body.path("tab").asText("home");
        if (!tab.equals("home") && !tab.equals("messages")) {
            throw new SlackError.InvalidArguments("tab must be home or messages");
        }
        ObjectNode event = write(call, ws -> {
            Conversation dm = new Channels(ws).open(user.id(), List.of(ws.app().botUserId())).conversation();
            ObjectNode e = Json.object().put("user", user.id()).put("channel", dm.id()).put("tab", tab);
            new Views(ws).home(user.id()).filter(h -> tab.equals("home")).ifPresent(h -> e.set("view", h.view()));
            ws.emit("app_home_opened", e, true);
            return e;
        });
        ObjectNode out = Json.object().put("ok", true);
        out.set("event", event);
        return Response.json(200, out);
    }

    /** The person opens the assistant container (looking at {@code channel}, if any): assistant_thread_started. */
    Response assistant(TwinCall call, User user, ObjectNode body) {
        Workspace ws = read(call);
        String context = body.hasNonNull("channel") ? ws.visible(body.get("channel").asText(), user.id()).id() : null;
        ObjectNode thread = write(call, w -> new AssistantThreads(w).start(user.id(), context));
        ObjectNode out = Json.object().put("ok", true);
        out.set("assistant_thread", thread);
        return Response.json(200, out);
    }

    /** With the thread open, the person switches to {@code channel}: assistant_thread_context_changed. */
    Response assistantContext(TwinCall call, User user, ObjectNode body) {
        Workspace ws = read(call);
        String context = ws.visible(body.path("channel").asText(""), user.id()).id();
        ObjectNode thread = write(call, w -> new AssistantThreads(w).changeContext(user.id(),
                body.path("thread_channel").asText(""), body.path("thread_ts").asText(null), context));
        ObjectNode out = Json.object().put("ok", true);
        out.set("assistant_thread", thread);
        return Response.json(200, out);
    }

    private <R> R write(TwinCall call, Function<Workspace, R> change) {
        record Done<R>(R value, List<dev.dtu.twins.slack.model.WorkspaceEvent> events) {}
        Done<R> done = call.write(tx -> {
            Workspace ws = new Workspace(tx, call.now());
            R value = change.apply(ws);
            return new Done<>(value, ws.events());
        });
        events.publish(call.universe(), done.events());
        return done.value();
    }

    private Response answer(TwinCall call, User user, DeliveryResult result, ObjectNode out) {
        addViews(out, read(call), user);
        return Response.json(result == null || result.delivered() ? 200 : 502, out);
    }

    private static void addViews(ObjectNode out, Workspace ws, User user) {
        Views views = new Views(ws);
        ArrayNode open = out.putArray("views");
        views.openModals(user.id()).forEach(s -> open.add(s.view()));
        views.home(user.id()).ifPresent(h -> out.set("home", h.view()));
    }

    /** A view the person sees: one of their modals or their App Home; view_not_found otherwise. */
    private static Views.Shown shown(Workspace ws, User user, String viewId) {
        return new Views(ws).find(viewId).filter(s -> s.user().equals(user.id()))
                .orElseThrow(() -> new SlackError("view_not_found"));
    }

    /** Only the top view of a modal shows, so only it can be submitted or closed. */
    private static Views.Shown top(Workspace ws, User user, String viewId) {
        Views.Shown view = shown(ws, user, viewId);
        List<Views.Shown> stack = new Views(ws).stack(view.rootId());
        if (!view.isModal() || !stack.get(stack.size() - 1).id().equals(view.id())) {
            throw new SlackError("view_not_found");
        }
        return view;
    }

    private static Workspace read(TwinCall call) {
        return new Workspace(new Tx(call.state()), call.now());
    }
}
