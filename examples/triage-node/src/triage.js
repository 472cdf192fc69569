// The business rules: a top-level message in the support channel that reports a bug becomes a Jira Bug, gets a
// threaded reply naming its key and a row in the ticket sheet; a check-mark reaction on that message by a member of
// the support group (Okta) moves the issue to Done, says so in the thread and in the sheet.
import { hasBug } from './config.js';

const BUG = /\bbug\b/i;

export class Triage {
  constructor(config, { slack, jira, team, log }) {
    Object.assign(this, { config, slack, jira, team, log });
    this.byThread = new Map();
    this.seenEvents = new Set();
    this.supportChannelId = null;
  }

  /** Handles one event_callback envelope; Slack may deliver the same event again, so it is handled once. */
  async onEvent(envelope) {
    if (this.seenEvents.has(envelope.event_id)) return;
    this.seenEvents.add(envelope.event_id);
    const { event } = envelope;
    if (event.type === 'message') await this.onMessage(event);
    else if (event.type === 'reaction_added') await this.onReaction(event);
  }

  async onMessage(m) {
    const topLevel = !m.thread_ts || m.thread_ts === m.ts;
    if (m.subtype || m.bot_id || !topLevel || m.channel !== await this.supportChannel()) return;
    if (!BUG.test(m.text ?? '')) return;
    const summary = summaryOf(m.text);
    const key = await this.jira.file(summary, m.text);
    if (!key) {
      await this.slack.post(m.channel, `Sorry <@${m.user}>, I could not file this bug right now; please try again.`, m.ts);
      return;
    }
    const ticket = { key, channel: m.channel, threadTs: m.ts, reporter: m.user, summary, status: 'open' };
    this.byThread.set(ticket.threadTs, ticket);
    await this.slack.post(m.channel, `Thanks <@${m.user}>, I filed ${key}: ${summary}`, ticket.threadTs);
    if (!hasBug(this.config, 'skip-ticket-log')) {
      await this.log.opened(ticket, (await this.slack.email(m.user)) ?? m.user);
    }
  }

  async onReaction(r) {
    if (r.reaction !== 'white_check_mark') return;
    const ticket = this.byThread.get(r.item?.ts);
    if (!ticket || ticket.status === 'closed') return;
    if (!hasBug(this.config, 'close-for-anyone') && !await this.team.isMember(r.user)) return;
    if (!await this.jira.resolve(ticket.key)) return;
    this.byThread.set(ticket.threadTs, { ...ticket, status: 'closed' });
    await this.slack.post(ticket.channel, `Closed ${ticket.key} (marked done by <@${r.user}>).`, ticket.threadTs);
    if (!hasBug(this.config, 'skip-ticket-log')) await this.log.closed(ticket);
  }

  tickets() {
    const number = (key) => Number.parseInt(key.slice(key.indexOf('-') + 1), 10);
    return [...this.byThread.values()].sort((a, b) => number(a.key) - number(b.key));
  }

  /** Forgets everything (the scenario engine asks for this between trajectories). */
  reset() {
    this.byThread.clear();
    this.seenEvents.clear();
    this.supportChannelId = null;
    this.team.forget();
    this.log.forget();
  }

  async supportChannel() {
    this.supportChannelId ??= await this.slack.channelId(this.config.supportChannel);
    return this.supportChannelId ?? '';
  }
}

/** The report as a ticket summary: one line, without a leading "bug:", at most 80 characters. */
export function summaryOf(text) {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const stripped = oneLine.replace(/^bug\s*:?\s*/i, '');
  return stripped.length > 80 ? stripped.slice(0, 80) : stripped;
}
