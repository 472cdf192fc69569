// Every ticket as a row of the "Support tickets" sheet (Ticket, Customer, Subject, Status, Opened), through
// @googleapis/sheets and @googleapis/drive, signed in by google-auth-library as the service account of the key the
// universe gives (GOOGLE_SERVICE_ACCOUNT_KEY), acting for the sheet's owner by domain-wide delegation.
import { sheets as sheetsApi } from '@googleapis/sheets';
import { drive as driveApi } from '@googleapis/drive';
import { JWT, OAuth2Client } from 'google-auth-library';

const SHEET = 'Tickets';
export const SCOPES = ['https://www.googleapis.com/auth/spreadsheets', 'https://www.googleapis.com/auth/drive.readonly'];
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/**
 * The service account of this key file acting for `user` (JWT: the signed assertion exchanged for an access token),
 * or, without a key, a plain access token.
 */
export function googleAuth({ serviceAccountKey, sheetOwner, accessToken }) {
  if (!serviceAccountKey) {
    const auth = new OAuth2Client();
    auth.setCredentials({ access_token: accessToken });
    return auth;
  }
  const key = JSON.parse(serviceAccountKey);
  const auth = new JWT({
    email: key.client_email, key: key.private_key, keyId: key.private_key_id, scopes: SCOPES, subject: sheetOwner,
  });
  // Node's google-auth-library posts the assertion to Google's own token URL whatever the key's token_uri says
  // (the Java and Python libraries read token_uri); send the exchange where the key says.
  auth.transporter.interceptors.request.add({
    resolved: (request) => {
      if (exchangesAssertion(request)) request.url = new URL(key.token_uri);
      return request;
    },
  });
  return auth;
}

const exchangesAssertion = (request) => request.body instanceof URLSearchParams && request.body.get('grant_type') === JWT_BEARER;

export class TicketLog {
  constructor(google, spreadsheetName) {
    this.google = google;
    this.spreadsheetName = spreadsheetName;
    this.forget();
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

  /**
   * Forgets the spreadsheet and signs in afresh: once the universe is put back to its start, the token endpoint no
   * longer knows the access token the client holds.
   */
  forget() {
    const auth = googleAuth(this.google);
    this.sheets = sheetsApi({ version: 'v4', rootUrl: this.google.rootUrl, auth });
    this.drive = driveApi({ version: 'v3', rootUrl: this.google.rootUrl, auth });
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
