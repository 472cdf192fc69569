// Jira Cloud through jira.js with basic auth (email and API token): file a bug, move it to Done.
import { createCloudClient } from 'jira.js';

/** A one-paragraph Atlassian Document Format body. */
const adf = (text) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: text || '(no text)' }] }] });

export class JiraBugs {
  constructor({ host, email, apiToken }, project) {
    // jira.js retries network errors and 502/503/504 itself when asked to (README, "Error Handling").
    this.jira = createCloudClient({
      host, auth: { type: 'basic', email, apiToken },
      retry: { maxAttempts: 5, initialDelayMs: 100, backoffFactor: 2 },
    });
    this.project = project;
  }

  /** Files a Bug in the project; its key (SUP-12), or null when Jira would not take it. */
  async file(summary, reportedText) {
    try {
      const created = await this.jira.issues.createIssue({
        fields: {
          project: { key: this.project }, issuetype: { name: 'Bug' }, summary,
          description: adf(reportedText), labels: ['from-slack'],
        },
      });
      return created.key;
    } catch {
      return null;
    }
  }

  /** Moves the issue to Done through whichever transition leads there; whether it did. */
  async resolve(key) {
    try {
      const { transitions } = await this.jira.issues.getTransitions({ issueIdOrKey: key });
      const done = transitions.find((t) => t.to?.statusCategory?.key === 'done');
      if (!done) return false;
      await this.jira.issues.doTransition({ issueIdOrKey: key, transition: { id: done.id } });
      return true;
    } catch {
      return false;
    }
  }
}
