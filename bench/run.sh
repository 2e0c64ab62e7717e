#!/usr/bin/env bash
# Benchmark of the secure API core, in one run on one server:
#   - time from start to the first answer, idle RSS;
#   - requests/s and p50/p99 of GET /api/protected (valid token) vs GET /api/jwks (no auth);
#   - p99 of /api/protected while 4 clients hammer /api/login.
# Needs wrk (Debian package "wrk"); run from the project folder: bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-15s}
PORT=${PORT:-5080}
WLP=target/liberty/wlp
SERVER=camsrv

command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install wrk)"; exit 1; }
if [ ! -d "$WLP/usr/servers/$SERVER" ] || [ "${REBUILD:-1}" = 1 ]; then
    mvn -q -DskipTests package liberty:create liberty:deploy >/dev/null
fi

DATA=$(mktemp -d /tmp/camsrv-bench-XXXXXX)
export CAMSRV_DATA_DIR=$DATA HTTP_PORT=$PORT HTTPS_PORT=$((PORT + 1))
export CAMSRV_ADMIN_USER=bench CAMSRV_ADMIN_PASSWORD=bench-password
export CAMSRV_API_SECRETS_FILE=$DATA/secrets/camsrv.secrets CAMSRV_API_ACCESS_MINUTES=60
BASE=http://localhost:$PORT

stop() { "$WLP/bin/server" stop "$SERVER" >/dev/null 2>&1 || true; rm -rf "$DATA"; }
trap stop EXIT

# Prepare the user database and key once, so the timed start is an ordinary start.
"$WLP/bin/server" start "$SERVER" >/dev/null
until curl -sf -o /dev/null "$BASE/api/jwks"; do sleep 0.2; done
"$WLP/bin/server" stop "$SERVER" >/dev/null

started=$(date +%s%N)
"$WLP/bin/server" start "$SERVER" >/dev/null
until curl -sf -o /dev/null "$BASE/api/jwks"; do sleep 0.05; done
start_ms=$(( ($(date +%s%N) - started) / 1000000 ))
pid=$(cat "$WLP/usr/servers/.pid/$SERVER.pid")

sleep 10
idle_rss_kb=$(ps -o rss= -p "$pid" | tr -d ' ')

token=$(curl -sf -X POST "$BASE/api/login" -H 'Content-Type: application/json' \
    -d '{"username":"bench","password":"bench-password"}' | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$BASE/api/protected")" = 200 ] \
    || { echo "bench: the token does not open /api/protected"; exit 1; }

# wrk prints "Requests/sec: N" and, with --latency, lines "50% 1.2ms" / "99% 3.4ms".
rate() { awk '/Requests\/sec/ {print $2}' "$1"; }
pct() { awk -v p="$2%" '$1 == p {print $2}' "$1"; }
ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.3f", v / 1000; else if (v ~ /ms$/) printf "%.3f", v + 0; else printf "%.3f", v * 1000 }'; }
out=$(mktemp -d)

for round in 1 2 3; do                                                     # warm-up: let the JIT settle
    wrk -t2 -c8 -d5s "$BASE/api/jwks" >/dev/null
    wrk -t2 -c8 -d5s -H "Authorization: Bearer $token" "$BASE/api/protected" >/dev/null
done
wrk -t2 -c8 -d"$DURATION" --latency "$BASE/api/jwks" > "$out/open"
wrk -t2 -c8 -d"$DURATION" --latency -H "Authorization: Bearer $token" "$BASE/api/protected" > "$out/protected"

# Protected p99 with 4 steady clients, alone and during a login storm of 4 more clients.
wrk -t1 -c4 -d"$DURATION" --latency -H "Authorization: Bearer $token" "$BASE/api/protected" > "$out/calm"
wrk -t1 -c4 -d"$DURATION" -s bench/login.lua "$BASE/api/login" > "$out/storm" &
storm=$!
sleep 1
wrk -t1 -c4 -d"$DURATION" --latency -H "Authorization: Bearer $token" "$BASE/api/protected" > "$out/stormy"
wait $storm
busy_rss_kb=$(ps -o rss= -p "$pid" | tr -d ' ')

open_rate=$(rate "$out/open"); protected_rate=$(rate "$out/protected")
calm_p99=$(ms "$(pct "$out/calm" 99)"); stormy_p99=$(ms "$(pct "$out/stormy" 99)")
echo "CamSrv benchmark ($(nproc) cores, $(java -version 2>&1 | head -1))"
echo "jvm.options: $(grep -v '^#' "$WLP/usr/servers/$SERVER/jvm.options" 2>/dev/null | tr '\n' ' ')"
printf 'start to first answer       %6d ms\n' "$start_ms"
printf 'idle RSS                    %6d MB\n' $((idle_rss_kb / 1024))
printf 'RSS after the load          %6d MB\n' $((busy_rss_kb / 1024))
printf 'GET /api/jwks (no auth)     %8.0f req/s  p50 %s ms  p99 %s ms\n' "$open_rate" "$(ms "$(pct "$out/open" 50)")" "$(ms "$(pct "$out/open" 99)")"
printf 'GET /api/protected (token)  %8.0f req/s  p50 %s ms  p99 %s ms\n' "$protected_rate" "$(ms "$(pct "$out/protected" 50)")" "$(ms "$(pct "$out/protected" 99)")"
printf 'protected / no-auth ratio   %8.2f   (target >= 0.9)\n' "$(awk -v a="$protected_rate" -v b="$open_rate" 'BEGIN {print a / b}')"
printf 'protected p99, 4 clients    %s ms calm, %s ms during a login storm: %.2fx (target <= 2x)\n' \
    "$calm_p99" "$stormy_p99" "$(awk -v a="$stormy_p99" -v b="$calm_p99" 'BEGIN {print a / b}')"
printf 'logins/s during the storm   %8.1f\n' "$(rate "$out/storm")"
rm -rf "$out"
