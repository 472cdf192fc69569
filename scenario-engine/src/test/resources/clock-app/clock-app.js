// An app under test that reports its own clock around calls to the Slack twin: POST /probe calls auth.test
// between two readings of Date.now(); POST /sleep?ms=N probes, waits N ms (setTimeout), probes again.
const http = require('http');

async function probe() {
  const before = Date.now();
  const res = await fetch(process.env.SLACK_API_URL.replace(/\/?$/, '/') + 'auth.test', {
    method: 'POST', headers: {Authorization: 'Bearer ' + process.env.SLACK_BOT_TOKEN}});
  await res.text();
  return {before, after: Date.now(), status: res.status};
}

http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  let body = {};
  if (url.pathname === '/probe') {
    body = await probe();
  } else if (url.pathname === '/sleep') {
    const first = await probe();
    await new Promise(r => setTimeout(r, Number(url.searchParams.get('ms'))));
    body = {first, second: await probe()};
  }
  res.writeHead(200, {'Content-Type': 'application/json'});
  res.end(JSON.stringify(body));
}).listen(Number(process.env.PORT), '127.0.0.1');
