#!/usr/bin/env bash
# Load test: 64 concurrent clients for 60 s against one server: 63 mix protected, info, refresh,
# jwks and take_photo (bench/load-mix.lua), one logs in again and again (logins hash one at a time).
# Prints requests, errors, 5xx and RSS before and after, and the JIT's code cache each minute (jcmd
# Compiler.codecache: if it fills, HotSpot stops compiling for good). Needs wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-5095}
DURATION=${DURATION:-60s}
WLP=${WLP:-target/liberty/wlp}
SERVER=camsrv
command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install wrk)"; exit 1; }
if [ "${REBUILD:-1}" = 1 ]; then
    mvn -q -DskipTests package liberty:create liberty:deploy >/dev/null
fi
DATA=$(mktemp -d /tmp/camsrv-load-XXXXXX)
export CAMSRV_DATA_DIR=$DATA HTTP_PORT=$PORT HTTPS_PORT=$((PORT + 1)) CAMSRV_ADMIN_USER=bench CAMSRV_ADMIN_PASSWORD=bench-password
export CAMSRV_API_SECRETS_FILE=$DATA/secrets/camsrv.secrets CAMSRV_API_ACCESS_MINUTES=60 CAMSRV_API_REFRESH_DAYS=1
BASE=http://localhost:$PORT
stop() { "$WLP/bin/server" stop "$SERVER" >/dev/null 2>&1 || true; rm -rf "$DATA"; }
trap stop EXIT
"$WLP/bin/server" start "$SERVER" >/dev/null
until curl -sf -o /dev/null "$BASE/api/jwks"; do sleep 0.2; done
pid=$(cat "$WLP/usr/servers/.pid/$SERVER.pid")
tokens=$(curl -sf -X POST "$BASE/api/login" -d '{"username":"bench","password":"bench-password"}')
export ACCESS_TOKEN=$(echo "$tokens" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
export REFRESH_TOKEN=$(echo "$tokens" | sed -E 's/.*"refresh_token":"([^"]+)".*/\1/')
wrk -t2 -c8 -d10s -s bench/load-mix.lua "$BASE" >/dev/null          # warm-up
sleep 5
rss_before=$(ps -o rss= -p "$pid" | tr -d ' ')
out=$(mktemp -d)
wrk -t1 -c1 -d"$DURATION" --timeout 10s -s bench/login.lua "$BASE/api/login" > "$out/login" &
logins=$!
codecache() { jcmd "$pid" Compiler.codecache 2>/dev/null | grep -m1 'size=' | sed -E 's/^[^:]*: *//'; }
( minute=0; while kill -0 "$logins" 2>/dev/null; do sleep 60; minute=$((minute + 1)); \
    kill -0 "$logins" 2>/dev/null && echo "code cache after $minute min: $(codecache)"; done ) &
sampler=$!
wrk -t2 -c63 -d"$DURATION" --timeout 10s -s bench/load-mix.lua "$BASE" > "$out/mix"
wait $logins
kill "$sampler" 2>/dev/null || true
sleep 5
rss_after=$(ps -o rss= -p "$pid" | tr -d ' ')
errors() { awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(",", ""); for (i = 3; i <= NF; i += 2) n += $(i + 1)} END {print n + 0}' "$1"; }
echo "load: 64 clients for $DURATION"
printf 'mixed requests   %s (%s req/s), errors and non-2xx: %s\n' "$(awk '/requests in/ {print $1}' "$out/mix")" \
    "$(awk '/Requests\/sec/ {print $2}' "$out/mix")" "$(errors "$out/mix")"
printf 'logins           %s, errors and non-2xx: %s\n' "$(awk '/requests in/ {print $1}' "$out/login")" "$(errors "$out/login")"
printf '5xx in the log   %s\n' "$(grep -c 'API request failed' "$DATA/logs/messages.log" || true)"
printf 'RSS before %d MB, after %d MB: %s\n' $((rss_before / 1024)) $((rss_after / 1024)) \
    "$(awk -v a="$rss_after" -v b="$rss_before" 'BEGIN {printf "%+.1f%%", 100 * (a - b) / b}')"
echo "code cache at the end: $(codecache)"
grep -E 'Latency' "$out/mix" | sed 's/^/mixed latency: /'
grep -E "Socket errors|Non-2xx" "$out/mix" "$out/login" || true
rm -rf "$out"
