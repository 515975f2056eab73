#!/usr/bin/env bash
# The README's promise: `npm start` on a machine with no database server serves the API and
# the web app on embedded PGlite, logs a demo user in, and keeps data across a restart; the
# restart does not rebuild what is already built from the current sources.
set -euo pipefail
cd "$(dirname "$0")/../.."
port="${SMOKE_PORT:-3917}"
data="$(mktemp -d)"
log="$(mktemp)"
base="http://127.0.0.1:$port"

start() {
  setsid env -u DATABASE_URL PORT="$port" LIUCHENG_DATA_DIR="$data" npm start >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    curl -fsS "$base/api/health" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$log"; echo "server exited"; exit 1; }
    sleep 1
  done
  cat "$log"; echo "server did not answer"; exit 1
}
# npm start runs in its own process group, so the whole tree (npm, sh, node) stops together.
# Waiting for npm alone is not enough: the server may still be flushing PGlite's WAL into the data
# directory, which the restart reopens and the exit trap removes, so wait until the group is gone.
stop() {
  kill -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 300); do
    kill -0 -- "-$pid" 2>/dev/null || break
    sleep 0.1
  done
  wait "$pid" 2>/dev/null || true
}
json() { node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(eval('('+s+')').$1))"; }

start
trap 'stop; rm -rf "$data"' EXIT
curl -fsS "$base/" | grep -qi '<html' || { echo "web app not served at /"; exit 1; }
token=$(curl -fsS -H 'content-type: application/json' -d '{"username":"staff","password":"demo1234"}' "$base/api/auth/login" | json accessToken)
id=$(curl -fsS -H "authorization: Bearer $token" -H 'content-type: application/json' \
  -d '{"definitionKey":"entertainment-expense","input":{"guests":"客户A","guestCount":3,"purpose":"项目洽谈","estimatedAmount":800,"alcohol":false,"region":"city"}}' \
  "$base/api/instances" | json id)
echo "started instance $id"
stop
start
grep -q 'build: api is current' "$log" && grep -q 'build: web is current' "$log" || { cat "$log"; echo "restart rebuilt a current build"; exit 1; }
curl -fsS -H "authorization: Bearer $token" "$base/api/instances/$id" | json status | grep -qx running
curl -fsS -H "authorization: Bearer $token" "$base/api/instances/$id/verify" | json ok | grep -qx true
echo "smoke: npm start serves web + API on PGlite, the instance survived a restart, the restart did not rebuild"
