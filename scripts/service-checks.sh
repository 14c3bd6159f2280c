#!/usr/bin/env bash
# Checks of the packaged service (after `./mvnw verify` built it), each failing CI when it fails:
#   1. the GraphQL-over-HTTP audit (graphql-http serverAudits): every MUST and SHOULD audit passes;
#   2. a short soak (SOAK_SECONDS, default 30): zero 5xx, zero transport errors, bounded memory;
#   3. graceful shutdown: requests in flight at SIGTERM complete, the service exits by itself.
# Needs Node 18+ and npm (the audit's packages come from the npm registry with `npm ci`).
# The service listens on loopback only, on a free port, with its own embedded database under target/.
set -euo pipefail
cd "$(dirname "$0")/.."

work=target/service-checks
rm -rf "$work" && mkdir -p "$work"
npm ci --prefix scripts/audit --no-audit --no-fund --loglevel=error

port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
url="http://127.0.0.1:$port/graphql"
# The service runs with the JVM options it is measured with (scripts/jvm-options, see the README's
# benchmark section): a bounded heap, so the soak's memory bound checks the service, not how far the
# JVM's default heap (a quarter of the machine's memory) chooses to grow.
# shellcheck disable=SC2046
MALLOC_ARENA_MAX=2 java $(cat scripts/jvm-options) -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
  -Dsummitgraph.embedded-db.data-dir="$PWD/$work/postgres" \
  -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT

ready() { node -e "fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))" "$1"; }
for _ in $(seq 1 240); do
  if ready "http://127.0.0.1:$port/q/health/ready"; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then cat "$work/service.log"; echo "The service did not start"; exit 1; fi
  sleep 0.5
done
ready "http://127.0.0.1:$port/q/health/ready" || { echo "The service is not ready"; exit 1; }

echo "== GraphQL-over-HTTP audit"
node scripts/audit/audit.mjs "$url"
echo "== Soak (${SOAK_SECONDS:-30} s)"
node scripts/soak/soak.mjs --url "$url" --pid "$pid" --seconds "${SOAK_SECONDS:-30}" --concurrency 8
echo "== Graceful shutdown"
node scripts/soak/shutdown.mjs --url "$url" --pid "$pid"
if grep -q "Internal error" "$work/service.log"; then
  echo "The service logged internal errors:"; grep "Internal error" "$work/service.log"; exit 1
fi
grep -q "Embedded PostgreSQL stopped" "$work/service.log" || { echo "The database was not stopped"; exit 1; }
echo "Service checks passed"
