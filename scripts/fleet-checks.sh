#!/usr/bin/env bash
# Two packaged instances on one PostgreSQL (README, "Several instances: one service"): instance A starts its
# embedded database, instance B uses that database through its URL, as a second replica would use an external
# server. Then scripts/fleet/fleet.mjs, with the graphql-ws npm client: subscribed through A, a change made through
# B arrives, and the reverse; 200 subscribers on A get all of 1,000 changes in a burst, in order, none lost, with
# A's memory at start and end. Needs the package built by `./mvnw verify`, Node 18+ and npm.
set -euo pipefail
cd "$(dirname "$0")/.."

work=target/fleet-checks
rm -rf "$work" && mkdir -p "$work/a" "$work/b"
npm ci --prefix scripts/fleet --no-audit --no-fund --loglevel=error

# shellcheck source=scripts/lib/packaged-service.sh
. scripts/lib/packaged-service.sh
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
export MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/dev-keys/public.pem"

db_port=$(free_port)
SERVICE_OPTS="-Dsummitgraph.embedded-db.port=$db_port" start_packaged_service "$work/a"
a_base=$base a_pid=$pid; pids+=("$pid")
echo "== Instance A on $a_base (embedded PostgreSQL on port $db_port)"

# B connects as the service's role, with the password A's embedded database keeps in its data directory.
db_password=$(sed -n 's/^service\.password=//p' "$work/a/postgres/summitgraph-credentials.properties")
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$db_port/postgres" QUARKUS_DATASOURCE_USERNAME=summitgraph \
  QUARKUS_DATASOURCE_PASSWORD="$db_password" \
  start_packaged_service "$work/b"
b_base=$base b_pid=$pid; pids+=("$pid")
echo "== Instance B on $b_base (A's database)"

token=$(java -jar target/quarkus-app/quarkus-run.jar token --key dev-keys/private.pem --name fleet-check)
status=0
node scripts/fleet/fleet.mjs "$a_base" "$b_base" "$token" "$a_pid" "${FLEET_SUBSCRIBERS:-200}" "${FLEET_CHANGES:-1000}" \
  || status=1

kill "$b_pid" 2>/dev/null || true; wait "$b_pid" 2>/dev/null || true
kill "$a_pid" 2>/dev/null || true; wait "$a_pid" 2>/dev/null || true
for instance in a b; do
  if grep -q "Internal error" "$work/$instance/service.log"; then
    echo "Instance $instance logged internal errors:"; grep "Internal error" "$work/$instance/service.log"; status=1
  fi
done
[ "$status" -eq 0 ] || echo "Fleet checks FAILED (logs in $work/)"
exit "$status"
