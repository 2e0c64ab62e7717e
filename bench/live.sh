#!/usr/bin/env bash
# Live view benchmark on the simulated camera, H.264 beside MJPEG in one run: glass-to-glass latency in
# headless Chromium (frame stamps read back from the page), bytes per second per viewer, server CPU per
# added H.264 viewer; then idle RSS and start time with and without Liberty's websocket-2.1 feature.
# Needs ffmpeg, chromium and chromium-driver. Run it under the machine's Liberty lock (flock /work/liberty.lock).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-5092}
SECONDS_EACH=${SECONDS_EACH:-10}
WLP=target/liberty/wlp
SERVER=camsrv
FRAGMENT=$WLP/usr/servers/$SERVER/camsrv-fragment.xml
command -v ffmpeg >/dev/null || { echo "bench: ffmpeg is missing (apt-get install ffmpeg)"; exit 1; }
if [ "${REBUILD:-1}" = 1 ]; then
    ./mvnw -q -DskipTests package liberty:create liberty:deploy >/dev/null
fi
./mvnw -o -q test-compile >/dev/null
classpath=$(./mvnw -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
DATA=$(mktemp -d /tmp/camsrv-bench-XXXXXX)
mkdir -p "$DATA/config"
# Stored configuration: streams without login, so that the byte and CPU clients need no session.
cat > "$DATA/config/serverConfig.json" <<JSON
{"version": 1, "api": {"apiAllowed": true, "jwtSecretsPath": "$DATA/secrets/camsrv.secrets", "accessTokenMinutes": 60, "refreshTokenDays": 0},
 "parameters": {"photoType": "jpg", "rawPhotoType": "dng", "videoType": "mp4", "streamingNeedsLogin": false}}
JSON
echo '{"startWithStoredConfiguration": true}' > "$DATA/config/startup.json"
export CAMSRV_DATA_DIR=$DATA HTTP_PORT=$PORT HTTPS_PORT=$((PORT + 1)) CAMSRV_ADMIN_USER=bench CAMSRV_ADMIN_PASSWORD=bench-password
export CAMSRV_CAMERA=simulated
BASE=http://localhost:$PORT
cp "$FRAGMENT" "$DATA/fragment.xml"
stop() {
    "$WLP/bin/server" stop "$SERVER" >/dev/null 2>&1 || true
    cp "$DATA/fragment.xml" "$FRAGMENT"
    rm -rf "$DATA"
}
trap stop EXIT

start_server() {
    local began=$(date +%s%N)
    "$WLP/bin/server" start "$SERVER" >/dev/null
    until curl -sf -o /dev/null "$BASE/health/ready"; do sleep 0.1; done
    START_MS=$(( ($(date +%s%N) - began) / 1000000 ))
    PID=$(cat "$WLP/usr/servers/.pid/$SERVER.pid")
}

start_server
java -cp "target/test-classes:target/classes:$classpath" it.org.camsrv.ui.LiveBenchmark "$BASE" bench bench-password "$PID" "$SECONDS_EACH" \
    2>"$DATA/benchmark.err" || { tail -20 "$DATA/benchmark.err"; exit 1; }
"$WLP/bin/server" stop "$SERVER" >/dev/null

# Idle RSS and start time, with and without the feature, alternating so that the machine's noise hits both.
declare -A rss_sum start_sum
for round in 1 2; do
    for variant in with without; do
        if [ "$variant" = without ]; then
            grep -v '<feature>websocket-2.1</feature>' "$DATA/fragment.xml" > "$FRAGMENT"
        else
            cp "$DATA/fragment.xml" "$FRAGMENT"
        fi
        start_server
        sleep 10
        rss=$(awk '/VmRSS/ {print $2}' "/proc/$PID/status")
        rss_sum[$variant]=$(( ${rss_sum[$variant]:-0} + rss ))
        start_sum[$variant]=$(( ${start_sum[$variant]:-0} + START_MS ))
        "$WLP/bin/server" stop "$SERVER" >/dev/null
    done
done
cp "$DATA/fragment.xml" "$FRAGMENT"
printf 'idle RSS (10 s after ready, mean of 2): with websocket-2.1 %d MB, without %d MB\n' \
    $(( rss_sum[with] / 2048 )) $(( rss_sum[without] / 2048 ))
printf 'start to /health/ready (mean of 2): with websocket-2.1 %d ms, without %d ms\n' \
    $(( start_sum[with] / 2 )) $(( start_sum[without] / 2 ))
