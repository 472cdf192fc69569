// Who may close tickets: the active members of the support group in Okta (@okta/okta-sdk-nodejs), matched to
// Slack members by email; looked up once per trajectory.
import okta from '@okta/okta-sdk-nodejs';

export class SupportTeam {
  constructor({ orgUrl, token }, group, slack) {
    // The twin is reached over plain HTTP; the SDK refuses that unless told it is testing. No response cache:
    // membership is read once per trajectory and must be fresh after a reset.
    this.okta = new okta.Client({ orgUrl, token, testing: { disableHttpsCheck: true }, cacheMiddleware: null });
    this.group = group;
    this.slack = slack;
    this.emails = null;
  }

  async isMember(slackUserId) {
    this.emails ??= await this.memberEmails();
    const email = await this.slack.email(slackUserId);
    return !!email && this.emails.has(email.toLowerCase());
  }

  forget() {
    this.emails = null;
  }

  async memberEmails() {
    const emails = new Set();
    let groupId;
    for await (const g of await this.okta.groupApi.listGroups({ q: this.group })) {
      if (g.profile.name === this.group) groupId = g.id;
    }
    if (!groupId) return emails;
    for await (const u of await this.okta.groupApi.listGroupUsers({ groupId, limit: 200 })) {
      if (u.status === 'ACTIVE') emails.add(u.profile.email.toLowerCase());
    }
    return emails;
  }
}
