package dev.dtu.twins.slack.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.resource.Resource;
import dev.dtu.server.state.Kind;
import dev.dtu.twins.slack.errors.SlackError;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Long-tail Slack things kept as their own JSON (see {@link SlackKinds#USERGROUPS} and the kinds after it). */
public final class Records {
    private final Workspace ws;
    private final Kind<Resource> kind;

    public Records(Workspace ws, Kind<Resource> kind) {
        this.ws = ws;
        this.kind = kind;
    }

    /** A copy of the thing's JSON, which the caller may change and {@link #put}. */
    public Optional<ObjectNode> get(String id) {
        return id == null ? Optional.empty() : ws.tx().get(kind, id).map(r -> r.body().deepCopy());
    }

    public ObjectNode require(String id, String errorWhenMissing) {
        return get(id).orElseThrow(() -> new SlackError(errorWhenMissing));
    }

    public ObjectNode put(String id, ObjectNode body) {
        ws.tx().put(kind, id, new Resource(id, null, body.deepCopy()));
        return body;
    }

    public void remove(String id) {
        ws.tx().remove(kind, id);
    }

    /** Every thing of the kind that matches, in id order (ids are counted, so that is creation order). */
    public List<ObjectNode> all(Predicate<ObjectNode> filter) {
        return ws.tx().all(kind).values().stream().map(r -> r.body().deepCopy()).filter(filter).toList();
    }
}
