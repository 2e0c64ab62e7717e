#!/usr/bin/env bash
# Issue 20, item 1: a stranger's flood of anonymous GET /login (16 connections) against the server with the
# production jvm.options; prints the heap after a full GC before and after, the requests and the owner's
# /api/login latency during the flood, and whether /api/protected still answers.
# Run through the machine's Liberty lock; SECONDS_OF_FLOOD (default 170) bounds it, 300,000 requests at most.
set -euo pipefail
cd "$(dirname "$0")/.."
WLP=target/liberty/wlp; SERVER=camsrv; PORT=${PORT:-5080}
DATA=$(mktemp -d /tmp/camsrv-flood-XXXXXX)
export CAMSRV_DATA_DIR=$DATA HTTP_PORT=$PORT HTTPS_PORT=$((PORT + 1))
export CAMSRV_ADMIN_USER=bench CAMSRV_ADMIN_PASSWORD=bench-password CAMSRV_API_SECRETS_FILE=$DATA/secrets/camsrv.secrets
B=http://localhost:$PORT
stop() { "$WLP/bin/server" stop "$SERVER" >/dev/null 2>&1 || true; rm -rf "$DATA"; }
trap stop EXIT
"$WLP/bin/server" start "$SERVER" >/dev/null
until curl -sf -o /dev/null "$B/api/jwks"; do sleep 0.3; done
PID=$(cat "$WLP/usr/servers/.pid/$SERVER.pid")
heap() { jcmd "$PID" GC.run >/dev/null; sleep 1; jcmd "$PID" GC.heap_info | awk '/def new generation|tenured generation/ {gsub("K","",$5); s+=$5} END {printf "%.1f", s/1024}'; }
login_ms() { curl -s -o /dev/null -w '%{time_total}' -X POST "$B/api/login" -H 'Content-Type: application/json' \
    -d '{"username":"bench","password":"bench-password"}' | awk '{printf "%.0f", $1*1000}'; }
curl -s -o /dev/null "$B/login"; login_ms >/dev/null
echo "jvm.options: $(grep -v '^#' "$WLP/usr/servers/$SERVER/jvm.options" | tr '\n' ' ')"
echo "heap used after GC before: $(heap) MB; login alone $(login_ms) ms"
out=$(mktemp); python3 bench/login-flood.py "${SECONDS_OF_FLOOD:-170}" 300000 "$PORT" > "$out" &
flood=$!; latencies=""
while kill -0 $flood 2>/dev/null; do sleep 15; kill -0 $flood 2>/dev/null && latencies="$latencies $(login_ms)"; done
cat "$out"; rm -f "$out"
echo "owner /api/login during the flood (ms, every 15 s):$latencies"
echo "heap used after GC after: $(heap) MB; login after $(login_ms) ms"
token=$(curl -s -X POST "$B/api/login" -H 'Content-Type: application/json' -d '{"username":"bench","password":"bench-password"}' \
    | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
echo "/api/protected after: $(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$B/api/protected")"
