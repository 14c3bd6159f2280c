#!/usr/bin/env bash
# Checks of the packaged service (after `./mvnw verify` built it), each failing CI when it fails:
#   1. the GraphQL-over-HTTP audit (graphql-http serverAudits): every MUST and SHOULD audit passes;
#   2. a short soak (SOAK_SECONDS, default 30): zero 5xx, zero transport errors, bounded memory;
#   3. graceful shutdown: requests in flight at SIGTERM complete, the service exits by itself;
#   and before them, that the package holds no benchmark or test code (src/bench/java) and serves no /bench route.
# Needs Node 18+ and npm (the audit's packages come from the npm registry with `npm ci`).
# The service listens on loopback only, on a free port, with its own embedded database under target/.
set -euo pipefail
cd "$(dirname "$0")/.."

work=target/service-checks
rm -rf "$work" && mkdir -p "$work"
npm ci --prefix scripts/audit --no-audit --no-fund --loglevel=error

echo "== No benchmark code in the package"
# src/bench/java (the benchmark's routes, the SQL statement counter) is built only with the Maven profile bench.
bench_classes=$(for jar in target/quarkus-app/app/*.jar target/quarkus-app/quarkus/*.jar; do unzip -Z1 "$jar" | grep '^io/summitgraph/bench/.*\.class$' || true; done)
if [ -n "$bench_classes" ]; then
  echo "The package holds benchmark code (built with -Pbench?):"; echo "$bench_classes" | head; exit 1
fi

# shellcheck source=scripts/lib/packaged-service.sh
. scripts/lib/packaged-service.sh
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null || true' EXIT
# The soak stands in for many users, all from one address: the per-client budget would refuse it (that budget has
# its own test, ClientBudgetsTest), so it is raised here.
# The benchmark routes' switch is on too: the package must not serve them all the same.
SERVICE_OPTS="-Dsummitgraph.budget.refill-per-second=100000000 -Dsummitgraph.bench.sql-floor.enabled=true" \
  start_packaged_service "$work"
url="$base/graphql"
status=$(curl -s -o /dev/null -w '%{http_code}' "$base/bench/sql-statements")
[ "$status" = 404 ] || { echo "GET /bench/sql-statements answered $status, not 404"; exit 1; }

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
