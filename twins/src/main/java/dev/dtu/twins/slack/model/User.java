package dev.dtu.twins.slack.model;

/**
 * A member of the workspace: a person of the universe, a bot user, or Slackbot.
 *
 * @param name the handle ("ada.lovelace")
 * @param person the universe person this member is, or null for bots
 */
public record User(
        String id,
        String teamId,
        String name,
        String realName,
        String displayName,
        String email,
        String title,
        String tz,
        boolean isBot,
        String botId,
        boolean isAdmin,
        boolean isOwner,
        boolean deleted,
        String person,
        long updated) {

    public User deactivated() {
        return new User(id, teamId, name, realName, displayName, email, title, tz, isBot, botId, isAdmin, isOwner,
                true, person, updated);
    }
}
