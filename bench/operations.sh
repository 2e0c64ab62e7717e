#!/usr/bin/env bash
# What packaging and operations cost, in one run on this machine:
#   - the WAR in a plain Liberty with the full fragment vs the fragment without mpHealth and mpOpenAPI,
#     and with mpMetrics-5.1 added: seconds to /api/jwks answering, and RSS after 20 s idle (each
#     feature's price as ratios);
#   - the runnable jar: seconds to /health/ready, RSS of launcher + server after 20 s idle.
# Needs target/camsrv.war, target/camsrv.jar and target/liberty/wlp (mvn package). Run: bench/operations.sh
set -euo pipefail
cd "$(dirname "$0")/.."
WLP=target/liberty/wlp
PORT=${PORT:-5090}
BASE=http://localhost:$PORT
[ -f target/camsrv.jar ] && [ -d "$WLP" ] || mvn -q -DskipTests package >/dev/null

WORK=$(mktemp -d /tmp/camsrv-ops-XXXXXX)
cleanup() {
    for s in opsFull opsLean opsMetrics; do "$WLP/bin/server" stop "$s" >/dev/null 2>&1 || true; rm -rf "$WLP/usr/servers/$s"; done
    rm -rf "$WORK"
}
trap cleanup EXIT

rss_mb() { local total=0; for p in "$@"; do total=$((total + $(ps -o rss= -p "$p" | tr -d ' '))); done; echo $((total / 1024)); }
wait_ok() { local started=$1 url=$2; until curl -sf -o /dev/null "$url"; do sleep 0.1; done
    echo "scale=1; ($(date +%s%N) - $started) / 1000000000" | bc; }

# A plain server from the fragment: "full" as shipped, "lean" without mpHealth and mpOpenAPI, "metrics" with mpMetrics.
plain_server() {
    local name=$1 variant=$2 dir="$WLP/usr/servers/$1"
    rm -rf "$dir"; mkdir -p "$dir/apps"
    cp target/camsrv.war "$dir/apps/"
    case $variant in
        lean) grep -v 'mpHealth\|mpOpenAPI' liberty/config/camsrv-fragment.xml > "$dir/camsrv-fragment.xml" ;;
        metrics) sed 's|<feature>mpHealth-4.0</feature>|&<feature>mpMetrics-5.1</feature>|' \
                     liberty/config/camsrv-fragment.xml > "$dir/camsrv-fragment.xml" ;;
        *) cp liberty/config/camsrv-fragment.xml "$dir/" ;;
    esac
    cp liberty/config/jvm.options "$dir/"
    cat > "$dir/server.xml" <<XML
<server><include location="camsrv-fragment.xml"/>
<httpEndpoint id="defaultHttpEndpoint" host="*" httpPort="$PORT" httpsPort="-1"/>
<webApplication location="camsrv.war" contextRoot="/"/></server>
XML
    export CAMSRV_DATA_DIR=$WORK/data-$name CAMSRV_CAMERA=simulated
    "$WLP/bin/server" start "$name" >/dev/null; wait_ok "$(date +%s%N)" "$BASE/api/jwks" >/dev/null
    "$WLP/bin/server" stop "$name" >/dev/null                       # first start made the database; time the next
    local started; started=$(date +%s%N)
    "$WLP/bin/server" start "$name" >/dev/null
    local seconds; seconds=$(wait_ok "$started" "$BASE/api/jwks")
    sleep 20
    echo "$seconds $(rss_mb "$(cat "$WLP/usr/servers/.pid/$name.pid")")"
    "$WLP/bin/server" stop "$name" >/dev/null
}

read -r full_s full_mb < <(plain_server opsFull full)
read -r lean_s lean_mb < <(plain_server opsLean lean)
read -r metrics_s metrics_mb < <(plain_server opsMetrics metrics)

export CAMSRV_DATA_DIR=$WORK/data-jar HTTP_PORT=$PORT HTTPS_PORT=$((PORT + 1)) WLP_JAR_EXTRACT_ROOT=$WORK/extract
for i in $(seq 1 150); do curl -s -o /dev/null "$BASE/" || break; sleep 0.2; done   # the last server lets go of the port
! curl -s -o /dev/null "$BASE/" || { echo "bench: something still answers on port $PORT"; exit 1; }
started=$(date +%s%N)
java -Xmx16m -Xss256k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar target/camsrv.jar > "$WORK/jar.log" 2>&1 &
launcher=$!
jar_s=$(wait_ok "$started" "$BASE/health/ready")
sleep 20
jar_mb=$(rss_mb "$launcher" $(pgrep -P "$launcher"))
launcher_mb=$(rss_mb "$launcher")
server_pid=$(pgrep -P "$launcher")
kill "$launcher" "$server_pid"; wait "$launcher" 2>/dev/null || true
while kill -0 "$server_pid" 2>/dev/null; do sleep 0.2; done

echo "plain Liberty, all features:        ready ${full_s} s, idle RSS ${full_mb} MB"
echo "plain Liberty, no Health/OpenAPI:   ready ${lean_s} s, idle RSS ${lean_mb} MB"
echo "Health + OpenAPI cost:              start x$(echo "scale=2; $full_s / $lean_s" | bc), RSS x$(echo "scale=2; $full_mb / $lean_mb" | bc) (+$((full_mb - lean_mb)) MB)"
echo "with mpMetrics-5.1 added:           ready ${metrics_s} s, idle RSS ${metrics_mb} MB: start x$(echo "scale=2; $metrics_s / $full_s" | bc), RSS x$(echo "scale=2; $metrics_mb / $full_mb" | bc)"
echo "runnable jar:                       ready ${jar_s} s (unpacking included), idle RSS ${jar_mb} MB (launcher ${launcher_mb} MB)"
echo "runnable jar vs plain server:       start x$(echo "scale=2; $jar_s / $full_s" | bc), RSS x$(echo "scale=2; $jar_mb / $full_mb" | bc)"
