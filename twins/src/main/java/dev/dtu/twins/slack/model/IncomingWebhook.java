package dev.dtu.twins.slack.model;

/**
 * An incoming webhook of the installed app: posts into one channel as the app's bot
 * (https://api.slack.com/messaging/webhooks). Its id is the webhook's own bot-like id (the URL's second part);
 * its secret (the URL's last part) is not stored: it is derived from the signing secret, see {@code events.WebhookUrls}.
 *
 * @param channel the channel id it posts to
 * @param installer the person who picked the channel when installing (null for seeded ones)
 * @param active false once the app is uninstalled (its URL then answers no_service)
 */
public record IncomingWebhook(String id, String channel, String installer, boolean active) {
    public IncomingWebhook withActive(boolean value) {
        return new IncomingWebhook(id, channel, installer, value);
    }
}
