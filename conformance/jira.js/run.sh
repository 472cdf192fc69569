#!/usr/bin/env bash
# Runs jira.js's own live suite (tests/live, vitest.config.live.ts, global setup included) against a fresh universe.
#   conformance/jira.js/run.sh /path/to/your/jira.js-checkout [vitest filters...]
# Needs a DTU server reached over TLS (the suite expects https self links): ./dtu serve --tls --port 8443, and
# DTU_URL=https://127.0.0.1:8443. The checkout is used as it is (dependencies installed with pnpm install);
# nothing in it is changed: the universe is given to the suite through the environment variables .env.example names.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
checkout=$(cd "${1:?usage: run.sh JIRA_JS_CHECKOUT [vitest filters...]}" && pwd)
shift
: "${DTU_URL:?set DTU_URL to the DTU server, e.g. https://127.0.0.1:8443}"
DTU_URL=${DTU_URL%/}
out=${OUT_DIR:-$(mktemp -d)}
mkdir -p "$out"

curl -skf "$DTU_URL/_dtu/ca.pem" -o "$out/ca.pem"
export NODE_EXTRA_CA_CERTS="$out/ca.pem"
universe=$(curl -sf --cacert "$out/ca.pem" -X POST -H 'content-type: application/yaml' \
  --data-binary @"$here/autotest.yaml" "$DTU_URL/_dtu/universes")
id=$(node -e 'console.log(JSON.parse(process.argv[1]).id)' "$universe")
# Keep every request of the run in the journal (count-404.mjs reads it).
curl -sf --cacert "$out/ca.pem" -X PUT -H 'content-type: application/json' -d '{"journalLimit": 100000}' \
  "$DTU_URL/_dtu/universes/$id/settings" >/dev/null
jira() { node -e 'console.log(JSON.parse(process.argv[1]).twins.jira[process.argv[2]])' "$universe" "$1"; }
export JIRA_BASE_URL=$(jira baseUrl) JIRA_EMAIL=$(jira email) JIRA_API_TOKEN=$(jira apiToken)
echo "universe $id at $JIRA_BASE_URL; results in $out"

export DTU_TIMINGS="$out/timings.jsonl"
: >"$DTU_TIMINGS"
(cd "$checkout" && node node_modules/vitest/vitest.mjs run --config vitest.config.live.ts \
  --reporter=default --reporter="$here/timings-reporter.mjs" "$@") >"$out/vitest.log" 2>&1 || true
tail -n 8 "$out/vitest.log"
if [ ! -s "$DTU_TIMINGS" ]; then
  echo "no test ran (global setup failed?): see $out/vitest.log"
  exit 1
fi
DTU_URL=$DTU_URL UNIVERSE=$id node "$here/count-404.mjs" "$DTU_TIMINGS" | tee "$out/summary.tsv"
