#!/usr/bin/env bash
# Runs burnash/gspread's own tests live against a DTU universe (see README.md).
#   conformance/gspread/run.sh /path/to/your/gspread-checkout [pytest args...]
# Env: DTU_URL (default http://127.0.0.1:8080), DTU_PROXY (default http://127.0.0.1:8081, the server's
# --proxy-port), DTU_CA (the local CA's ca.pem; default ~/.dtu/ca/ca.pem), PYTHON (default /usr/bin/python3).
set -euo pipefail
checkout=${1:?usage: run.sh GSPREAD_CHECKOUT [pytest args...]}
shift
here=$(cd "$(dirname "$0")" && pwd)
url=${DTU_URL:-http://127.0.0.1:8080}
proxy=${DTU_PROXY:-http://127.0.0.1:8081}
ca=${DTU_CA:-$HOME/.dtu/ca/ca.pem}
python=${PYTHON:-/usr/bin/python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A fresh universe from seed.json; its description carries the service-account key file (token_uri → the twin).
"$python" - "$url" "$here/seed.json" "$work/key.json" <<'PY'
import json, sys, urllib.request
url, seed, key = sys.argv[1:4]
body = json.dumps({"name": "gspread-conformance", "seed": json.load(open(seed))}).encode()
req = urllib.request.Request(url + "/_dtu/universes", body, {"Content-Type": "application/json"})
universe = json.load(urllib.request.urlopen(req))
json.dump(universe["twins"]["google"]["serviceAccount"], open(key, "w"))
print("universe", universe["id"], file=sys.stderr)
PY

cd "$checkout"
# Live mode: pytest-vcr switched off, so every request reaches the twin; sheets.googleapis.com and
# www.googleapis.com go through the DTU forward proxy, the token request straight to token_uri.
GS_CREDS_FILENAME="$work/key.json" GS_RECORD_MODE=all \
HTTPS_PROXY="$proxy" NO_PROXY=127.0.0.1,localhost REQUESTS_CA_BUNDLE="$ca" \
  "$python" -m pytest -p no:cacheprovider --disable-vcr -q tests "$@"
