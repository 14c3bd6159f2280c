#!/usr/bin/env bash
# Dev mode as a developer uses it: `./mvnw quarkus:dev` starts the service with its embedded database and the
# dataset, answers a query, serves the Dev UI, and reloads a changed description on the next request.
# Run by .ci/run; needs only Java 17 and curl. The service listens on loopback, on a free port, with its own
# embedded database under target/; the source file it edits is restored on exit, whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."

work=target/dev-mode-check
rm -rf "$work" && mkdir -p "$work"
source_file=src/main/java/io/summitgraph/events/EventsGraphQLApi.java
described='Summits, by their number in the series unless ordered otherwise.'
changed="Summits, by their number in the series unless ordered otherwise (reloaded $(date +%s))."
cp "$source_file" "$work/EventsGraphQLApi.java.orig"
grep -qF "\"$described\"" "$source_file" || { echo "The description to change is not in $source_file"; exit 1; }

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null ||
  echo $((20000 + RANDOM % 20000)))
base="http://127.0.0.1:$port"

# setsid: the whole process group (Maven and the JVM it forks) is stopped at the end.
setsid ./mvnw -B quarkus:dev -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -Ddebug=false \
  -Dquarkus.console.enabled=false -Dquarkus.analytics.disabled=true \
  -Dsummitgraph.embedded-db.data-dir="$PWD/$work/postgres" < /dev/null > "$work/dev.log" 2>&1 &
dev=$!
stop() {
  cp "$work/EventsGraphQLApi.java.orig" "$source_file"
  kill -TERM -- "-$dev" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$dev" 2>/dev/null || return 0; sleep 0.5; done
  kill -KILL -- "-$dev" 2>/dev/null || true
}
trap stop EXIT

fail() { echo "Dev mode check failed: $*"; tail -n 60 "$work/dev.log"; exit 1; }
graphql() { curl -sS --max-time 60 -H 'Content-Type: application/json' --data "$1" "$base/graphql"; }

# The first start compiles and resolves dev-mode artifacts: allow it minutes, bounded by outcome.
for _ in $(seq 1 480); do
  if curl -fsS --max-time 5 "$base/q/health/ready" > /dev/null 2>&1; then break; fi
  kill -0 "$dev" 2>/dev/null || fail "quarkus:dev exited"
  sleep 0.5
done
curl -fsS --max-time 5 "$base/q/health/ready" > /dev/null || fail "not ready after 4 minutes"
echo "== dev mode is ready on $base"

answer=$(graphql '{"query":"{ summits(first: 1) { nodes { name location { name } } } }"}')
echo "$answer" | grep -q '"name":"Singapore summit"' || fail "unexpected answer to a summits query: $answer"
echo "$answer" | grep -q '"location":{"name":"Singapore"}' || fail "summit without its location: $answer"
echo "   a query answers with the dataset: $answer"

devui=$(curl -sS --max-time 60 -w '\n%{http_code}' "$base/q/dev-ui/")
[ "$(tail -n 1 <<< "$devui")" = 200 ] || fail "Dev UI answered $(tail -n 1 <<< "$devui")"
grep -qi "<html" <<< "$devui" || fail "Dev UI is not an HTML page"
grep -q "qwc-\|dev-ui" <<< "$devui" || fail "Dev UI page is not the Dev UI"
echo "   the Dev UI loads"

described_now() {
  graphql '{"query":"{ __schema { queryType { fields { name description } } } }"}' |
    python3 -c 'import json,sys; print(next(f["description"] for f in json.load(sys.stdin)["data"]["__schema"]["queryType"]["fields"] if f["name"]=="summits"))'
}
[ "$(described_now)" = "$described" ] || fail "the summits description is not the source's: $(described_now)"
python3 - "$source_file" "$described" "$changed" <<'EOF'
import sys
path, old, new = sys.argv[1:]
text = open(path).read()
open(path, "w").write(text.replace(f'"{old}"', f'"{new}"', 1))
EOF
# Dev mode reloads on the next request after a change; the first one may take a recompile.
reloaded=""
for _ in $(seq 1 24); do
  reloaded=$(described_now 2>/dev/null || true)
  [ "$reloaded" = "$changed" ] && break
  sleep 5
done
[ "$reloaded" = "$changed" ] || fail "the changed description was not reloaded (still: $reloaded)"
echo "   live reload: the changed description is served"
echo "Dev mode check passed"
