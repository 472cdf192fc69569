#!/usr/bin/env bash
# Runs Okta's own integration suite (okta/okta-sdk-nodejs, test/it) against a DTU server, SSWS mode, with only
# the org URL and API token configured, and counts the results (see README.md).
#
#   [BASELINE=earlier/results.tsv] conformance/okta-sdk-nodejs/run.sh CHECKOUT [--url URL] [--out DIR] [--batch N] [--only 'glob']
#
# CHECKOUT is your own checkout of okta/okta-sdk-nodejs with `npm install` done in it. The server must be
# running (./dtu serve; for --tls also export NODE_EXTRA_CA_CERTS=<(./dtu ca) as a file).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
checkout="${1:-}"
[[ -n "$checkout" && -d "$checkout/test/it" ]] || { echo "usage: $0 CHECKOUT [--url URL] [--out DIR] [--batch N] [--only GLOB]" >&2; exit 2; }
checkout="$(cd "$checkout" && pwd)"
shift
url="${DTU_URL:-http://127.0.0.1:8080}"
out="$PWD/okta-sdk-it-results"
batch=10
only="*.ts"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --url) url="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --batch) batch="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -d "$checkout/node_modules/mocha" ]] || { echo "run npm install in $checkout first" >&2; exit 2; }
curl -sf "$url/_dtu/health" > /dev/null || { echo "no DTU server at $url (./dtu serve, or --url)" >&2; exit 2; }
mkdir -p "$out"
rm -f "$out"/batch-*.jsonl "$out"/journal-*.json "$out"/journal405-*.json

# Bounded in time: each test 30 s (Okta's own config has no limit), each batch of files PER_BATCH seconds.
per_test_ms="${PER_TEST_MS:-30000}"
per_batch_s="${PER_BATCH_S:-300}"

mapfile -t files < <(cd "$checkout" && ls test/it/$only | grep -v -x -F -f <(grep -v '^#' "$here/excluded.txt" | grep .) | sort)
echo "$(date -u +%T) ${#files[@]} files, batches of $batch, against $url"

field() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const j=JSON.parse(s);console.log(eval("j."+process.argv[1]))})' "$1"; }

run_batch() { # name files...
  local name="$1"; shift
  local universe
  universe="$(curl -sf -X POST "$url/_dtu/universes" -H 'content-type: application/json' -d "{\"name\":\"$name\"}")"
  local id org token
  id="$(field id <<< "$universe")"
  org="$(field twins.okta.orgUrl <<< "$universe")"
  token="$(field twins.okta.apiToken <<< "$universe")"
  (cd "$checkout" && env -u TEST_TYPE OKTA_CLIENT_ORGURL="$org" OKTA_CLIENT_TOKEN="$token" \
      OKTA_CLIENT_AUTHORIZATIONMODE=SSWS TS_NODE_TRANSPILE_ONLY=true DTU_TIMING_OUT="$out/batch-$name.jsonl" \
      timeout "$per_batch_s" npx mocha --timeout "$per_test_ms" --retries 0 --exit \
        --reporter "$here/timing-reporter.js" "$@" > "$out/batch-$name.log" 2>&1) || true
  curl -sf "$url/_dtu/universes/$id/journal?twin=okta&status=404" > "$out/journal-$name.json" || echo '{"entries":[]}' > "$out/journal-$name.json"
  curl -sf "$url/_dtu/universes/$id/journal?twin=okta&status=405" > "$out/journal405-$name.json" || echo '{"entries":[]}' > "$out/journal405-$name.json"
  curl -sf -X DELETE "$url/_dtu/universes/$id" > /dev/null || true
}

n=0
for ((i = 0; i < ${#files[@]}; i += batch)); do
  n=$((n + 1))
  chunk=("${files[@]:i:batch}")
  run_batch "b$n" "${chunk[@]}"
  if [[ ! -s "$out/batch-b$n.jsonl" ]]; then
    # the batch stopped before reporting (a file that does not load, or the time bound): one file at a time
    for f in "${chunk[@]}"; do
      name="b$n-$(basename "$f" .ts)"
      run_batch "$name" "$f"
      if [[ ! -s "$out/batch-$name.jsonl" ]]; then
        # the file does not load at all: each of its tests counts as failed
        grep -cE "^\s*it\(" "$checkout/$f" | xargs seq 1 2>/dev/null | while read -r i; do
          echo "{\"title\":\"test $i (file did not load)\",\"file\":\"$checkout/$f\",\"start\":0,\"end\":0,\"state\":\"failed\",\"error\":\"file did not load, see batch-$name.log\"}"
        done > "$out/batch-$name.jsonl"
      fi
    done
  fi
  echo "$(date -u +%T) batch $n done"
done

# BASELINE: an earlier run's results.tsv; tests skipped now but not then count as not passed (README.md)
node "$here/count.js" "$out" "$checkout" ${BASELINE:+"$BASELINE"} | tee "$out/summary.txt"
