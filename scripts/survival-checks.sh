#!/usr/bin/env bash
# Survival of the packaged service's embedded database (after `./mvnw verify` built the package):
#   1. kill -9 of the embedded postmaster: the service starts it again by itself and serves the data again,
#      liveness staying UP;
#   2. kill -9 of the postmaster with its data directory gone: liveness goes DOWN (an orchestrator would
#      replace the instance) instead of serving from a fresh, empty database;
#   3. kill -9 of the service: its PostgreSQL does not outlive it by more than 10 s, and the next start on
#      the same data serves again.
# Each check is bounded by outcomes (generous deadlines), not by latencies. Needs curl.
set -euo pipefail
cd "$(dirname "$0")/.."

work=target/survival-checks
rm -rf "$work" && mkdir -p "$work"
data="$PWD/$work/postgres"
# shellcheck source=scripts/lib/packaged-service.sh
. scripts/lib/packaged-service.sh
port=$(free_port)
pid=""
cleanup() { [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; pkill -f -- "-D $data" 2>/dev/null || true; }
trap cleanup EXIT
start_service() { start_packaged_service "$work" "$port"; }
fail() { echo "Survival check failed: $*"; tail -40 "$work/service.log"; exit 1; }
summits() { curl -s --max-time 10 -H 'Content-Type: application/json' \
  --data '{"query":"{ summits(first: 1) { nodes { name } } }"}' "$base/graphql" || true; }
serves() { summits | grep -q '"name":"Singapore summit"'; }
postmaster() { head -n 1 "$data/postmaster.pid" 2>/dev/null || true; }
now_ms() { date +%s%3N; }

start_service
echo "== the first requests after readiness (the service warmed itself up before it said ready)"
# Shapes the warm-up does not send as such: a person's page (its warm-up sends other profile pages), a country's
# page (which no warm-up document resembles), and a malformed cursor.
person='{"query":"{ people(filter: { name: \"pompeo\" }) { nodes { name quotes(first: 5) { nodes { text occasion { name } citations { excerpt } } } } } }"}'
country='{"query":"{ countries(filter: { isoCodes: [\"PRK\"] }) { nodes { name sanctionsReceived { sector status issuer { name } liftingCondition citations { excerpt } } humanitarianStatistics(first: 5) { nodes { indicator value unit period { iso } } } } } }"}'
cursor='{"query":"{ quotes(first: 3, after: \"bm90LWEtY3Vyc29y\") { nodes { text } } }"}'
timed() { curl -s -o /dev/null -w '%{time_total}' --max-time 30 -H 'Content-Type: application/json' --data "$1" "$base/graphql"; }
for shape in person country cursor; do
  body=${!shape}
  first=$(timed "$body")
  warm=$(for _ in $(seq 1 15); do timed "$body"; echo; done | sort -n | sed -n 8p)
  echo "   $shape: first request $(awk "BEGIN{printf \"%.0f\", $first*1000}") ms, then a median of $(awk "BEGIN{printf \"%.0f\", $warm*1000}") ms"
  # Outcome-bound on a shared machine: twice the warm time, plus a quarter second of slack.
  awk "BEGIN{exit !($first <= 2*$warm + 0.25)}" || fail "the first $shape request took ${first}s against ${warm}s warm"
done
serves || fail "the started service does not serve the dataset"

echo "== kill -9 of the embedded postmaster"
old=$(postmaster)
kill -9 "$old"
killed=$(now_ms)
for _ in $(seq 1 240); do serves && break; sleep 0.25; done
serves || fail "the service did not serve again within 60 s after its database was killed"
back=$(now_ms)
[ "$(postmaster)" != "$old" ] || fail "the postmaster was not replaced"
curl -fs --max-time 5 "$base/q/health/live" | grep -q '"status": *"UP"' || fail "liveness is not UP after the restart"
echo "   serving again $((back - killed)) ms after the kill (new postmaster $(postmaster))"

echo "== kill -9 of the service"
kill -9 "$pid"
killed=$(now_ms)
wait "$pid" 2>/dev/null || true
gone=""
for _ in $(seq 1 40); do
  if ! pgrep -f -- "-D $data" > /dev/null; then gone=$(now_ms); break; fi
  sleep 0.25
done
[ -n "$gone" ] || fail "PostgreSQL still runs 10 s after the service was killed: $(pgrep -fa -- "-D $data")"
echo "   its PostgreSQL stopped $((gone - killed)) ms after the service was killed"
start_service
serves || fail "the next start does not serve the dataset"
echo "   the next start on the same data serves again"

echo "== kill -9 of the postmaster with its data directory gone"
mv "$data" "$data.moved"
kill -9 "$(head -n 1 "$data.moved/postmaster.pid")"
for _ in $(seq 1 120); do
  curl -s --max-time 5 "$base/q/health/live" | grep -q '"status": *"DOWN"' && break
  sleep 0.5
done
curl -s --max-time 5 "$base/q/health/live" | grep -q '"status": *"DOWN"' || fail "liveness did not go DOWN"
[ ! -e "$data/PG_VERSION" ] || fail "a fresh database was created in place of the lost one"
echo "   liveness is DOWN and no empty database took the lost one's place"
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
pid=""
echo "Survival checks passed"
