package dev.dtu.twins.slack.api;

import static dev.dtu.twins.slack.api.Tier.TIER2;
import static dev.dtu.twins.slack.api.Tier.TIER4;

/**
 * Modals and App Home (views.*, no scope), AI assistant threads and streamed replies (issue 18, capabilities 4
 * and 5), with their documented tiers and scopes. assistant.threads.setStatus is "Tier 5"; the twin has no such
 * tier and counts it as Tier 4.
 */
final class AppSurfaces {
    private AppSurfaces() {}

    static void register(MethodTable t) {
        t.write("views.open", TIER4, null, ViewsApi::open);
        t.write("views.push", TIER4, null, ViewsApi::push);
        t.write("views.update", TIER4, null, ViewsApi::update);
        t.write("views.publish", TIER4, null, ViewsApi::publish);

        t.write("assistant.threads.setStatus", TIER4, "chat:write", AssistantApi::setStatus);
        t.write("assistant.threads.setSuggestedPrompts", TIER4, "assistant:write", AssistantApi::setSuggestedPrompts);
        t.write("assistant.threads.setTitle", TIER4, "assistant:write", AssistantApi::setTitle);

        t.write("chat.startStream", TIER2, "chat:write", StreamsApi::start);
        t.write("chat.appendStream", TIER4, "chat:write", StreamsApi::append);
        t.write("chat.stopStream", TIER2, "chat:write", StreamsApi::stop);
    }
}
