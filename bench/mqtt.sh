#!/usr/bin/env bash
# What MQTT costs the runnable jar (the Pi service), in one run on this machine, against a local mosquitto:
#   - idle RSS of the server with MQTT off and with MQTT connected (after a GC and 20 s idle);
#   - CPU of publishing a snapshot of the simulated camera every 10 s (over WINDOW seconds, default 120),
#     and every 1 s (over WINDOW_FAST, default 60), each minus the same server's CPU with MQTT off;
#   - how many pictures the broker passed on (mosquitto_sub counts them).
# Needs mosquitto, mosquitto-clients, jcmd and target/camsrv.jar (./mvnw package). Run it under the shared lock.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-5190}
BASE=http://localhost:$PORT
WINDOW=${WINDOW:-120}
WINDOW_FAST=${WINDOW_FAST:-60}
[ -f target/camsrv.jar ] || ./mvnw -q -DskipTests package >/dev/null
WORK=$(mktemp -d /tmp/camsrv-mqtt-bench-XXXXXX)
BROKER_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
printf 'listener %s 127.0.0.1\nallow_anonymous true\npersistence false\nuser root\n' "$BROKER_PORT" >"$WORK/mosquitto.conf"
/usr/sbin/mosquitto -c "$WORK/mosquitto.conf" >"$WORK/mosquitto.log" 2>&1 &
BROKER=$!
LAUNCHER=
cleanup() {
    [ -n "$LAUNCHER" ] && stop_server
    kill "$BROKER" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
HZ=$(getconf CLK_TCK)

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
rss_mb() { echo $(( $(ps -o rss= -p "$1" | tr -d ' ') / 1024 )); }

# Starts the jar with the given extra environment; sets LAUNCHER and SERVER.
start_server() {
    env "$@" CAMSRV_DATA_DIR="$WORK/data" HTTP_PORT=$PORT HTTPS_PORT=$((PORT + 1)) WLP_JAR_EXTRACT_ROOT="$WORK/extract" \
        CAMSRV_CAMERA=simulated java -Xmx16m -Xss256k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar target/camsrv.jar \
        >"$WORK/jar.log" 2>&1 &
    LAUNCHER=$!
    until curl -sf -o /dev/null "$BASE/health/ready"; do sleep 0.2; done
    SERVER=$(pgrep -P "$LAUNCHER")
}

stop_server() {
    kill "$LAUNCHER" "$SERVER" 2>/dev/null || true
    wait "$LAUNCHER" 2>/dev/null || true
    while kill -0 "$SERVER" 2>/dev/null; do sleep 0.2; done
    LAUNCHER=
}

mqtt_state() { curl -s "$BASE/health/ready" | python3 -c 'import json,sys; print(json.load(sys.stdin)["checks"][0]["data"].get("mqtt"))'; }

idle_rss() {
    sleep 20
    jcmd "$SERVER" GC.run >/dev/null 2>&1 || true
    sleep 5
    rss_mb "$SERVER"
}

# CPU seconds the server used over $1 seconds.
cpu_over() {
    local before; before=$(cpu_ticks "$SERVER")
    sleep "$1"
    echo "scale=3; ($(cpu_ticks "$SERVER") - $before) / $HZ" | bc
}

MQTT=(CAMSRV_MQTT_ENABLED=true CAMSRV_MQTT_BROKER=mqtt://127.0.0.1:$BROKER_PORT CAMSRV_MQTT_NODE_ID=bench)

start_server CAMSRV_MQTT_ENABLED=false
off_mb=$(idle_rss)
off_cpu=$(cpu_over "$WINDOW")
off_state=$(mqtt_state)
stop_server

start_server "${MQTT[@]}" CAMSRV_MQTT_SNAPSHOT_SECONDS=0
until [ "$(mqtt_state)" = connected ]; do sleep 0.2; done
on_mb=$(idle_rss)
stop_server

count_pictures() { timeout "$1" mosquitto_sub -p "$BROKER_PORT" -t 'camsrv/bench/cam0/image' -F '%l' 2>/dev/null | wc -l || true; }
# CPU seconds over $2 seconds with a snapshot every $1 seconds; the broker's count of pictures goes to $WORK/count$1.
snapshot_cpu() {
    start_server "${MQTT[@]}" CAMSRV_MQTT_SNAPSHOT_SECONDS="$1"
    until [ "$(mqtt_state)" = connected ]; do sleep 0.2; done
    sleep 15
    count_pictures "$2" >"$WORK/count$1" &
    local counter=$!
    cpu_over "$2"
    wait "$counter"
    stop_server >/dev/null
}
slow_cpu=$(snapshot_cpu 10 "$WINDOW")
fast_cpu=$(snapshot_cpu 1 "$WINDOW_FAST")

per_min() { echo "scale=3; $1 * 60 / $2" | bc; }
off_pm=$(per_min "$off_cpu" "$WINDOW")
slow_pm=$(per_min "$slow_cpu" "$WINDOW")
fast_pm=$(per_min "$fast_cpu" "$WINDOW_FAST")
echo "idle RSS, MQTT off ($off_state):          ${off_mb} MB"
echo "idle RSS, MQTT connected:            ${on_mb} MB: x$(echo "scale=3; $on_mb / $off_mb" | bc) (+$((on_mb - off_mb)) MB)"
echo "CPU idle, MQTT off:                  ${off_pm} s per minute (${off_cpu} s over ${WINDOW} s)"
echo "CPU, a snapshot every 10 s:          ${slow_pm} s per minute over ${WINDOW} s, $(cat "$WORK/count10") pictures: x$(echo "scale=2; $slow_pm / $off_pm" | bc) of idle, +$(echo "scale=3; $slow_pm - $off_pm" | bc) s/min"
echo "  scaled to 10 min:                  +$(echo "scale=2; ($slow_pm - $off_pm) * 10" | bc) CPU s"
echo "CPU, a snapshot every 1 s:           ${fast_pm} s per minute over ${WINDOW_FAST} s, $(cat "$WORK/count1") pictures: x$(echo "scale=2; $fast_pm / $off_pm" | bc) of idle"
