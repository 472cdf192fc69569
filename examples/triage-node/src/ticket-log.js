// Every ticket as a row of the "Support tickets" sheet (Ticket, Customer, Subject, Status, Opened), through
// @googleapis/sheets and @googleapis/drive with a google-auth-library OAuth2 client.
import { sheets as sheetsApi } from '@googleapis/sheets';
import { drive as driveApi } from '@googleapis/drive';
import { OAuth2Client } from 'google-auth-library';

const SHEET = 'Tickets';

export class TicketLog {
  constructor({ rootUrl, accessToken }, spreadsheetName) {
    const auth = new OAuth2Client();
    auth.setCredentials({ access_token: accessToken });
    this.sheets = sheetsApi({ version: 'v4', rootUrl, auth });
    this.drive = driveApi({ version: 'v3', rootUrl, auth });
    this.spreadsheetName = spreadsheetName;
    this.spreadsheetId = null;
  }

  async opened(ticket, reporterEmail) {
    const id = await this.id();
    if (!id) return;
    const opened = new Date().toISOString().slice(0, 10);
    await this.sheets.spreadsheets.values.append({
      spreadsheetId: id, range: `${SHEET}!A1`, valueInputOption: 'USER_ENTERED',
      requestBody: { values: [[ticket.key, reporterEmail, ticket.summary, 'Open', opened]] },
    });
  }

  async closed(ticket) {
    const id = await this.id();
    if (!id) return;
    const { data } = await this.sheets.spreadsheets.values.get({ spreadsheetId: id, range: `${SHEET}!A:A` });
    const row = (data.values ?? []).findIndex((r) => r[0] === ticket.key);
    if (row < 0) return;
    await this.sheets.spreadsheets.values.update({
      spreadsheetId: id, range: `${SHEET}!D${row + 1}`, valueInputOption: 'RAW', requestBody: { values: [['Done']] },
    });
  }

  forget() {
    this.spreadsheetId = null;
  }

  /** The id of the spreadsheet with this name, searching Drive. */
  async id() {
    if (!this.spreadsheetId) {
      const name = this.spreadsheetName.replaceAll("'", "\\'");
      const { data } = await this.drive.files.list({
        q: `name = '${name}' and mimeType = 'application/vnd.google-apps.spreadsheet' and trashed = false`,
        fields: 'files(id,name)',
      });
      this.spreadsheetId = data.files?.[0]?.id ?? null;
    }
    return this.spreadsheetId;
  }
}
