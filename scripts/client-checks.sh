#!/usr/bin/env bash
# The client-compatibility suite (scripts/clients/, README "Clients proven"), against the packaged service (after
# `./mvnw verify` built it), each check asserting the data it got:
#   GraphiQL in headless Chromium, Apollo Client (POST, GET, persisted queries), urql (GET), graphql-request,
#   graphql-ws; relay-compiler, graphql-js buildSchema vs introspection, @graphql-eslint's schema-relay rules; the
#   graphql-http audit; and, last, a WebSocket open at shutdown.
# Installs what it needs: Debian's chromium (apt-get, when /usr/bin/chromium is missing) and the npm packages
# pinned in scripts/clients/package-lock.json (npm ci). The service listens on loopback only, on a free port, with
# its own embedded database under target/.
set -euo pipefail
cd "$(dirname "$0")/.."

work=target/client-checks
rm -rf "$work" && mkdir -p "$work"
if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "== Installing Debian's chromium"
  sudo_=""; [ "$(id -u)" -ne 0 ] && sudo_="sudo"
  $sudo_ apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq chromium > "$work/apt.log"
fi
npm ci --prefix scripts/clients --no-audit --no-fund --loglevel=error
npm ci --prefix scripts/audit --no-audit --no-fund --loglevel=error

# shellcheck source=scripts/lib/packaged-service.sh
. scripts/lib/packaged-service.sh
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null || true' EXIT
start_packaged_service "$work"

status=0
echo "== Client checks"
SUMMITGRAPH_URL="$base" CLIENT_CHECKS_WORK="$PWD/$work" node scripts/clients/run.mjs || status=1
echo "== GraphQL-over-HTTP audit"
node scripts/audit/audit.mjs "$base/graphql" || status=1
echo "== A WebSocket open at shutdown"
node scripts/clients/checks/ws-shutdown.mjs "ws://127.0.0.1:$port/graphql" "$pid" || status=1
if grep -q "Timed out waiting for graceful shutdown" "$work/service.log"; then
  echo "Shutdown waited for its whole timeout"; status=1
fi
if grep -q "Internal error" "$work/service.log"; then
  echo "The service logged internal errors:"; grep "Internal error" "$work/service.log"; status=1
fi
[ "$status" -eq 0 ] && echo "Client checks passed" || echo "Client checks FAILED (artifacts in $work/)"
exit "$status"
