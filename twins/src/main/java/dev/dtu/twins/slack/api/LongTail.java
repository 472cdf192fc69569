package dev.dtu.twins.slack.api;

import static dev.dtu.twins.slack.api.Tier.TIER1;
import static dev.dtu.twins.slack.api.Tier.TIER2;
import static dev.dtu.twins.slack.api.Tier.TIER3;
import static dev.dtu.twins.slack.api.Tier.TIER4;

/** The methods integrations call beyond the core (issue 18, capability 6), with their documented tiers and scopes. */
final class LongTail {
    private LongTail() {}

    static void register(MethodTable t) {
        t.read("usergroups.list", TIER2, "usergroups:read", UsergroupsApi::list);
        t.read("usergroups.users.list", TIER2, "usergroups:read", UsergroupsApi::usersList);
        t.write("usergroups.create", TIER2, "usergroups:write", UsergroupsApi::create);
        t.write("usergroups.update", TIER2, "usergroups:write", UsergroupsApi::update);
        t.write("usergroups.disable", TIER2, "usergroups:write", UsergroupsApi::disable);
        t.write("usergroups.enable", TIER2, "usergroups:write", UsergroupsApi::enable);
        t.write("usergroups.users.update", TIER2, "usergroups:write", UsergroupsApi::usersUpdate);

        t.read("team.accessLogs", TIER2, "admin", TeamApi::accessLogs);
        t.read("team.billableInfo", TIER1, "admin", TeamApi::billableInfo);
        t.read("team.integrationLogs", TIER2, "admin", TeamApi::integrationLogs);
        t.read("team.billing.info", TIER3, "team.billing:read", TeamApi::billingInfo);
        t.read("team.profile.get", TIER3, "users.profile:read", TeamApi::profileGet);
        t.read("team.preferences.list", TIER3, "team.preferences:read", TeamApi::preferencesList);
        t.read("auth.teams.list", TIER2, null, TeamApi::authTeamsList);
        t.read("emoji.list", TIER2, "emoji:read", TeamApi::emojiList);

        t.read("dnd.info", TIER3, "dnd:read", DndApi::info);
        t.read("dnd.teamInfo", TIER2, "dnd:read", DndApi::teamInfo);
        t.write("dnd.setSnooze", TIER2, "dnd:write", DndApi::setSnooze);
        t.write("dnd.endSnooze", TIER2, "dnd:write", DndApi::endSnooze);
        t.write("dnd.endDnd", TIER2, "dnd:write", DndApi::endDnd);

        t.write("reminders.add", TIER2, "reminders:write", RemindersApi::add);
        t.read("reminders.info", TIER2, "reminders:read", RemindersApi::info);
        t.read("reminders.list", TIER2, "reminders:read", RemindersApi::list);
        t.write("reminders.complete", TIER2, "reminders:write", RemindersApi::complete);
        t.write("reminders.delete", TIER2, "reminders:write", RemindersApi::delete);

        // Search takes user tokens only: a bot token is not_allowed_token_type before any scope is checked.
        t.readByConversation("search.messages", TIER2, "search:read", SearchApi::messages);
        t.readByConversation("search.files", TIER2, "search:read", SearchApi::files);
        t.readByConversation("search.all", TIER2, "search:read", SearchApi::all);

        t.write("bookmarks.add", TIER2, "bookmarks:write", BookmarksApi::add);
        t.write("bookmarks.edit", TIER2, "bookmarks:write", BookmarksApi::edit);
        t.write("bookmarks.remove", TIER2, "bookmarks:write", BookmarksApi::remove);
        t.read("bookmarks.list", TIER3, "bookmarks:read", BookmarksApi::list);

        t.write("chat.meMessage", TIER3, "chat:write", MiscApi::meMessage);
        t.write("chat.unfurl", TIER3, "links:write", MiscApi::unfurl);
        t.writeByConversation("conversations.mark", TIER3, "{type}:write", MiscApi::mark);
        t.writeByConversation("conversations.close", TIER2, "{type}:write", MiscApi::close);
        t.read("reactions.list", TIER2, "reactions:read", MiscApi::reactionsList);
        t.write("files.upload", TIER2, "files:write", MiscApi::filesUpload);
        t.read("rtm.connect", TIER1, null, MiscApi::rtm);
        t.read("rtm.start", TIER1, null, MiscApi::rtm);

        t.read("workflows.featured.list", TIER3, "bookmarks:read", WorkflowsApi::featuredList);
        t.write("workflows.featured.add", TIER3, "bookmarks:write", WorkflowsApi::featuredChange);
        t.write("workflows.featured.remove", TIER3, "bookmarks:write", WorkflowsApi::featuredChange);
        t.write("workflows.featured.set", TIER3, "bookmarks:write", WorkflowsApi::featuredChange);
        t.write("workflows.updateStep", TIER3, null, WorkflowsApi::retired);
        t.write("workflows.stepCompleted", TIER3, null, WorkflowsApi::retired);
        t.write("workflows.stepFailed", TIER3, null, WorkflowsApi::retired);

        t.write("files.remote.add", TIER2, "remote_files:write", FilesRemoteApi::add);
        t.write("files.remote.update", TIER2, "remote_files:write", FilesRemoteApi::update);
        t.write("files.remote.remove", TIER2, "remote_files:write", FilesRemoteApi::remove);
        t.write("files.remote.share", TIER2, "remote_files:share", FilesRemoteApi::share);
        t.read("files.remote.info", TIER2, "remote_files:read", FilesRemoteApi::info);
        t.read("files.remote.list", TIER2, "remote_files:read", FilesRemoteApi::list);

        t.write("canvases.create", TIER2, "canvases:write", CanvasesApi::create);
        t.write("canvases.edit", TIER3, "canvases:write", CanvasesApi::edit);
        t.write("canvases.delete", TIER3, "canvases:write", CanvasesApi::delete);
        t.write("canvases.access.set", TIER3, "canvases:write", CanvasesApi::accessSet);
        t.write("canvases.access.delete", TIER3, "canvases:write", CanvasesApi::accessDelete);
        t.read("canvases.sections.lookup", TIER3, "canvases:read", CanvasesApi::sectionsLookup);
        t.write("conversations.canvases.create", TIER2, "canvases:write", CanvasesApi::conversationsCreate);

        t.write("calls.add", TIER3, "calls:write", CallsApi::add);
        t.read("calls.info", TIER3, "calls:read", CallsApi::info);
        t.write("calls.update", TIER2, "calls:write", CallsApi::update);
        t.write("calls.end", TIER2, "calls:write", CallsApi::end);
        t.write("calls.participants.add", TIER2, "calls:write", CallsApi::participantsAdd);
        t.write("calls.participants.remove", TIER2, "calls:write", CallsApi::participantsRemove);

        t.write("slackLists.create", TIER2, "lists:write", SlackListsApi::create);
        t.write("slackLists.update", TIER2, "lists:write", SlackListsApi::update);
        t.write("slackLists.access.set", TIER3, "lists:write", SlackListsApi::accessSet);
        t.write("slackLists.access.delete", TIER3, "lists:write", SlackListsApi::accessDelete);
        t.write("slackLists.items.create", TIER3, "lists:write", SlackListsApi::itemsCreate);
        t.read("slackLists.items.info", TIER2, "lists:read", SlackListsApi::itemsInfo);
        t.read("slackLists.items.list", TIER2, "lists:read", SlackListsApi::itemsList);
        t.write("slackLists.items.update", TIER3, "lists:write", SlackListsApi::itemsUpdate);
        t.write("slackLists.items.delete", TIER2, "lists:write", SlackListsApi::itemsDelete);
        t.write("slackLists.items.deleteMultiple", TIER2, "lists:write", SlackListsApi::itemsDeleteMultiple);
        t.write("slackLists.download.start", TIER2, "lists:read", SlackListsApi::downloadStart);
        t.read("slackLists.download.get", TIER4, "lists:read", SlackListsApi::downloadGet);

        t.readByConversation("users.identity", TIER4, "identity.basic", IdentityApi::identity);
        t.write("users.setActive", TIER2, "users:write", IdentityApi::setActive);
        t.write("dialog.open", TIER4, null, DialogApi::open);
        t.read("apps.event.authorizations.list", TIER4, "authorizations:read", AppsApi::eventAuthorizationsList);

        t.read("apps.manifest.validate", TIER3, null, ManifestsApi::validate);
        t.write("apps.manifest.create", TIER1, null, ManifestsApi::create);
        t.write("apps.manifest.update", TIER1, null, ManifestsApi::update);
        t.read("apps.manifest.export", TIER3, null, ManifestsApi::export);
        t.write("apps.manifest.delete", TIER1, null, ManifestsApi::delete);

        t.read("users.profile.get", TIER4, "users.profile:read", ProfilesApi::get);
        t.write("users.profile.set", TIER3, "users.profile:write", ProfilesApi::set);
        t.read("users.getPresence", TIER3, "users:read", ProfilesApi::getPresence);
        t.write("users.setPresence", TIER2, "users:write", ProfilesApi::setPresence);
        t.writeByConversation("users.setPhoto", TIER2, "users.profile:write", ProfilesApi::setPhoto);
        t.writeByConversation("users.deletePhoto", TIER2, "users.profile:write", ProfilesApi::deletePhoto);
    }
}
