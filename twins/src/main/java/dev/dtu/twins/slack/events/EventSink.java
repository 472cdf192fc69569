package dev.dtu.twins.slack.events;

import dev.dtu.server.universe.Universe;
import dev.dtu.twins.slack.model.WorkspaceEvent;
import java.util.List;

/** Where committed workspace events go: the Events API deliverer. */
@FunctionalInterface
public interface EventSink {
    EventSink NONE = (universe, events) -> { };

    void publish(Universe universe, List<WorkspaceEvent> events);
}
