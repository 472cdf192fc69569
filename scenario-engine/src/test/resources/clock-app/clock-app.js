// An app under test that reports its own clock around calls to the Slack twin: POST /probe calls auth.test
// between two readings of Date.now(); POST /sleep?ms=N probes, waits N ms (setTimeout), probes again;
// any other path answers {}.
const http = require('http');

// A keep-alive connection opened before a jump of the clock may be dropped as idle for an hour: a new one is
// tried once, as a robust client would.
async function call() {
  const url = process.env.SLACK_API_URL.replace(/\/?$/, '/') + 'auth.test';
  const init = {method: 'POST', headers: {Authorization: 'Bearer ' + process.env.SLACK_BOT_TOKEN}};
  try {
    return await fetch(url, init);
  } catch (e) {
    return await fetch(url, init);
  }
}

async function probe() {
  const before = Date.now();
  const res = await call();
  await res.text();
  return {before, after: Date.now(), status: res.status};
}

http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  let body = {};
  try {
    if (url.pathname === '/probe') {
      body = await probe();
    } else if (url.pathname === '/sleep') {
      const first = await probe();
      await new Promise(r => setTimeout(r, Number(url.searchParams.get('ms'))));
      body = {first, second: await probe()};
    }
  } catch (e) {
    res.writeHead(500, {'Content-Type': 'application/json'});
    res.end(JSON.stringify({error: String(e), cause: String(e.cause)}));
    return;
  }
  res.writeHead(200, {'Content-Type': 'application/json'});
  res.end(JSON.stringify(body));
}).listen(Number(process.env.PORT), '127.0.0.1');
