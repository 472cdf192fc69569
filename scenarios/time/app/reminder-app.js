// The app the time scenarios sweep (Node 18+, no dependencies): it calls Okta with an access token it gets by
// client credentials and renews when its own clock says the token has expired (POST /work), and schedules Slack
// reminders for later with chat.scheduleMessage (POST /remind). REMINDER_BUG=keep-expired-token never renews.
const http = require('http');

const env = process.env;
let token = null;
let fetched = 0;

async function ensureToken() {
  const expired = token && Date.now() >= token.expiresAt - 60_000;
  if (!token || (expired && env.REMINDER_BUG !== 'keep-expired-token')) {
    const res = await fetch(env.OKTA_ISSUER + '/v1/token', {
      method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded',
                Authorization: 'Basic ' + Buffer.from(env.OKTA_CLIENT_ID + ':' + env.OKTA_CLIENT_SECRET).toString('base64')},
      body: 'grant_type=client_credentials&scope=northwind.read'});
    const body = await res.json();
    if (!res.ok) throw new Error('token: ' + res.status + ' ' + JSON.stringify(body));
    token = {value: body.access_token, expiresAt: Date.now() + body.expires_in * 1000};
    fetched++;
  }
  return token.value;
}

async function work() {
  const value = await ensureToken();
  const res = await fetch(env.OKTA_ISSUER + '/v1/introspect', {
    method: 'POST',
    headers: {'Content-Type': 'application/x-www-form-urlencoded',
              Authorization: 'Basic ' + Buffer.from(env.OKTA_CLIENT_ID + ':' + env.OKTA_CLIENT_SECRET).toString('base64')},
    body: 'token_type_hint=access_token&token=' + encodeURIComponent(value)});
  const body = await res.json();
  return {active: body.active === true, fetched};
}

async function slack(method, args) {
  const res = await fetch(env.SLACK_API_URL.replace(/\/?$/, '/') + method, {
    method: 'POST',
    headers: {'Content-Type': 'application/json; charset=utf-8', Authorization: 'Bearer ' + env.SLACK_BOT_TOKEN},
    body: JSON.stringify(args)});
  return res.json();
}

async function remind({channel, text, inSeconds}) {
  const list = await slack('conversations.list', {limit: 200});
  const id = (list.channels || []).find(c => c.name === channel)?.id;
  const postAt = Math.floor(Date.now() / 1000) + Number(inSeconds);
  const scheduled = await slack('chat.scheduleMessage', {channel: id, text, post_at: postAt});
  return {ok: scheduled.ok === true, error: scheduled.error, postAt, id: scheduled.scheduled_message_id};
}

function read(req) {
  return new Promise(resolve => {
    let data = '';
    req.on('data', c => data += c);
    req.on('end', () => resolve(data ? JSON.parse(data) : {}));
  });
}

http.createServer(async (req, res) => {
  try {
    let body = {};
    if (req.url === '/work') body = await work();
    else if (req.url === '/remind') body = await remind(await read(req));
    else if (req.url === '/_reset') { token = null; fetched = 0; }
    res.writeHead(200, {'Content-Type': 'application/json'});
    res.end(JSON.stringify(body));
  } catch (e) {
    res.writeHead(500, {'Content-Type': 'application/json'});
    res.end(JSON.stringify({error: String(e)}));
  }
}).listen(Number(env.PORT), '127.0.0.1');
