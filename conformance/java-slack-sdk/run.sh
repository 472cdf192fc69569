#!/usr/bin/env bash
# Runs Slack's own live-API tests (slackapi/java-slack-sdk, slack-api-client, test_with_remote_apis.methods)
# against a DTU universe, by configuration only: HTTPS_PROXY points the SDK at `dtu serve --proxy-port`, a
# truststore (the JDK's CAs plus the local CA) lets it trust the certificate the proxy makes for slack.com,
# and SLACK_SDK_TEST_* carry the universe's tokens. Their code and assertions are not touched.
#
#   conformance/java-slack-sdk/run.sh /path/to/java-slack-sdk [TEST_PATTERN]
#
# TEST_PATTERN is surefire's -Dtest (default: every class of test_with_remote_apis.methods).
# Results: $OUT/summary.txt (pass rate over the tests that need no Enterprise Grid, see README.md).
set -euo pipefail

checkout=${1:?usage: run.sh /path/to/java-slack-sdk [TEST_PATTERN]}
pattern=${2:-'test_with_remote_apis/methods/**/*_Test*'}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
checkout=$(cd "$checkout" && pwd)
port=${DTU_SUITE_PORT:-18100}
proxy=${DTU_SUITE_PROXY_PORT:-18101}
class_timeout=${DTU_SUITE_CLASS_TIMEOUT:-300}     # seconds per test class (each class runs in its own JVM)
out=${OUT:-$root/target/java-slack-sdk}
java_home=${SDK_JAVA_HOME:-${JAVA_HOME:-}}

# DTU_JAR runs that jar (with a JDK 21+ from DTU_JAVA) instead of the checkout's ./dtu launcher.
dtu() {
  if [ -n "${DTU_JAR:-}" ]; then exec "${DTU_JAVA:-java}" -jar "$DTU_JAR" "$@"; else exec "$root/dtu" "$@"; fi
}

rm -rf "$out" && mkdir -p "$out"
data="$out/data"

# 1. The server: HTTPS with the local CA, plus the forward proxy for slack.com.
(dtu serve --port "$port" --tls --proxy-port "$proxy" --data-dir "$data") > "$out/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  grep -q 'DTU listening' "$out/serve.log" 2>/dev/null && break
  kill -0 "$server" 2>/dev/null || { cat "$out/serve.log"; exit 2; }
  sleep 1
done
grep -q 'DTU listening' "$out/serve.log" || { echo "server did not start"; exit 2; }

# 2. A truststore: the JDK's own CAs (so Maven still reaches Maven Central) and the local CA.
(dtu ca --data-dir "$data") > "$out/ca.pem"
jdk_cacerts=""
for j in "$java_home" "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"; do
  [ -n "$j" ] && [ -f "$j/lib/security/cacerts" ] && { jdk_cacerts="$j/lib/security/cacerts"; break; }
done
keytool -importkeystore -noprompt -srckeystore "$jdk_cacerts" -srcstorepass changeit \
  -destkeystore "$out/truststore.p12" -deststoretype PKCS12 -deststorepass changeit > /dev/null 2>&1
keytool -importcert -noprompt -alias dtu-local-ca -file "$out/ca.pem" \
  -keystore "$out/truststore.p12" -storepass changeit > /dev/null

# 3. A universe from seed.yaml (the default company; tokens with the scopes of Slack's own test app), and its
#    tokens as the suite's variables. Calls without a token land in the default universe, as unauthenticated.
{ echo "name: java-slack-sdk"; echo "seed:"; sed 's/^/  /' "${DTU_SUITE_SEED:-$here/seed.yaml}"; } > "$out/universe.yaml"
curl -sS --fail-with-body --cacert "$out/ca.pem" -X POST -H 'Content-Type: application/yaml' --data-binary "@$out/universe.yaml" \
  "https://127.0.0.1:$port/_dtu/universes" > "$out/universe.json" || { cat "$out/universe.json"; exit 2; }
val() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["twins"]["slack"][sys.argv[2]])' "$out/universe.json" "$1"; }
export SLACK_SDK_TEST_BOT_TOKEN=$(val botToken)
export SLACK_SDK_TEST_USER_TOKEN=$(val userToken)
export SLACK_SDK_TEST_APP_TOKEN=$(val appToken)
export SLACK_SDK_TEST_SOCKET_MODE_APP_TOKEN=$(val appToken)
export SLACK_SDK_TEST_SOCKET_MODE_BOT_TOKEN=$(val botToken)
export SLACK_SDK_TEST_CLASSIC_APP_BOT_TOKEN=$(val botToken)
# slackLists_Test gives this channel access to a List; a workspace-level universe has no Slack Connect channel, so
# #general stands in (shared_channels_Test, which needs a real shared channel, is excluded).
universe_id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$out/universe.json")
export SLACK_SDK_TEST_SHARED_CHANNEL_ID=$(curl -sS --fail --noproxy "*" --cacert "$out/ca.pem" \
  "https://127.0.0.1:$port/_dtu/universes/$universe_id/state" | python3 -c '
import json, sys
for cid, c in json.load(sys.stdin)["slack"]["conversations"].items():
    if c.get("name") == "general":
        print(cid)')
# SlackConfig reads HTTPS_PROXY itself; Maven does not, so its downloads go direct.
export HTTPS_PROXY="http://127.0.0.1:$proxy"
export JAVA_TOOL_OPTIONS="-Djavax.net.ssl.trustStore=$out/truststore.p12 -Djavax.net.ssl.trustStorePassword=changeit"
[ -n "$java_home" ] && export JAVA_HOME="$java_home"

# apps_manifest_Test reads an app configuration token from slack-api-client/tmp/{team}-{user}.json, the file its
# comments ask for: the universe's configToken/configRefreshToken, valid for Slack's 12 hours from now.
config_user=$(curl -sS --noproxy "*" --cacert "$out/ca.pem" -H "Authorization: Bearer $(val configToken)" "$(val baseUrl)auth.test" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["user_id"])')
export SLACK_SDK_TEST_APP_MANIFEST_API_TEAM_ID=$(val teamId)
export SLACK_SDK_TEST_APP_MANIFEST_API_USER_ID=$config_user
mkdir -p "$checkout/slack-api-client/tmp"
python3 -c 'import json,sys,time; json.dump({"access_token": sys.argv[1], "refresh_token": sys.argv[2],
  "team_id": sys.argv[3], "user_id": sys.argv[4], "expire_at": int(time.time()) + 12 * 3600}, open(sys.argv[5], "w"))' \
  "$(val configToken)" "$(val configRefreshToken)" "$(val teamId)" "$config_user" \
  "$checkout/slack-api-client/tmp/$(val teamId)-$config_user.json"

# 4. The suite: one JVM per test class, each killed after $class_timeout seconds (a class can hang on
#    something the twin does not answer, e.g. a WebSocket).
cd "$checkout"
set +e
mvn -B -ntp -pl slack-api-client -am test \
  -Dtest="$pattern" -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false \
  -DforkCount=1 -DreuseForks=false -Dsurefire.timeout="$class_timeout" \
  -Dmaven.test.failure.ignore=true -Djacoco.skip=true -Dmaven.javadoc.skip=true \
  > "$out/mvn.log" 2>&1
rc=$?
set -e
cp -r slack-api-client/target/surefire-reports "$out/" 2>/dev/null || true

# 5. The pass rate.
python3 "$here/summarize.py" "$checkout" "$out/surefire-reports" "$here/excluded.txt" | tee "$out/summary.txt"
echo "maven exit $rc; logs in $out"
