// The few Slack Web API calls the rules make, through Bolt's WebClient (its own retries and Retry-After waits).
import { ErrorCode } from '@slack/bolt';

export class SlackPeople {
  constructor(client, { retryAtOnceWhenLimited = false } = {}) {
    this.client = client;
    this.retryAtOnceWhenLimited = retryAtOnceWhenLimited;
  }

  /** Posts a message (in a thread when threadTs is given); the posted message's ts, or null. */
  async post(channel, text, threadTs) {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return (await this.client.chat.postMessage({ channel, text, thread_ts: threadTs })).ts;
      } catch (e) {
        // The planted bug ignore-retry-after: the client rejects rate-limited calls and the app hammers again at once.
        if (this.retryAtOnceWhenLimited && e.code === ErrorCode.RateLimitedError && attempt < 5) continue;
        return null;
      }
    }
  }

  /** The id of a channel by name, searching the public and private channels the bot can see (every page). */
  async channelId(name) {
    try {
      for await (const page of this.client.paginate('conversations.list', { types: 'public_channel,private_channel', limit: 200 })) {
        const found = page.channels?.find((c) => c.name === name);
        if (found) return found.id;
      }
    } catch {
      // Slack unreachable: asked again on the next message
    }
    return null;
  }

  /** A member's email (users.info; needs users:read.email), or null. */
  async email(userId) {
    try {
      return (await this.client.users.info({ user: userId })).user?.profile?.email ?? null;
    } catch {
      return null;
    }
  }
}
