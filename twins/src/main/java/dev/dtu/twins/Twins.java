package dev.dtu.twins;

import dev.dtu.server.twin.Twin;
import dev.dtu.twins.google.GoogleTwin;
import dev.dtu.twins.jira.JiraTwin;
import dev.dtu.twins.okta.OktaTwin;
import dev.dtu.twins.slack.SlackTwin;
import java.util.List;

/** Every vendor twin this server serves, in the order universes describe them. */
public final class Twins {
    private Twins() {}

    public static List<Twin> all() {
        return List.of(new SlackTwin(), new OktaTwin(), new JiraTwin(), new GoogleTwin());
    }
}
