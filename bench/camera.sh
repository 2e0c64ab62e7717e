#!/usr/bin/env bash
# Camera benchmark on the simulated camera: photos/s through /api/take_photo (1920x1080 JPEG),
# and live-view frames/s and server CPU with 1 and 4 viewers. Needs wrk and python3.
# First, without the server: JPEG time and heap per 1080p photo (libjpeg-turbo vs the JDK's writer) and
# ffmpeg's CPU and memory per recorded second (MediaBenchmark; MEDIA=0 skips it, MEDIA_ONLY=1 stops after it).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-5090}
SECONDS_EACH=${SECONDS_EACH:-10}
WLP=target/liberty/wlp
SERVER=camsrv
if [ "${MEDIA:-1}" = 1 ]; then
    # Log lines go to stderr; the figures are what the main prints.
    ./mvnw -o -q test-compile exec:java -Dexec.classpathScope=test \
        -Dexec.mainClass=org.camsrv.camera.media.MediaBenchmark 2>/dev/null
    if [ "${MEDIA_ONLY:-0}" = 1 ]; then exit 0; fi
fi
command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install wrk)"; exit 1; }
if [ "${REBUILD:-1}" = 1 ]; then
    ./mvnw -q -DskipTests package liberty:create liberty:deploy >/dev/null
fi
DATA=$(mktemp -d /tmp/camsrv-bench-XXXXXX)
mkdir -p "$DATA/config"
# Stored configuration: API on, live view without login (the viewers here do not log in).
cat > "$DATA/config/serverConfig.json" <<JSON
{"version": 1, "api": {"apiAllowed": true, "jwtSecretsPath": "$DATA/secrets/camsrv.secrets", "accessTokenMinutes": 60, "refreshTokenDays": 0},
 "parameters": {"photoType": "jpg", "rawPhotoType": "dng", "videoType": "mp4", "streamingNeedsLogin": false}}
JSON
echo '{"startWithStoredConfiguration": true}' > "$DATA/config/startup.json"
export CAMSRV_DATA_DIR=$DATA HTTP_PORT=$PORT HTTPS_PORT=$((PORT + 1)) CAMSRV_ADMIN_USER=bench CAMSRV_ADMIN_PASSWORD=bench-password
BASE=http://localhost:$PORT
stop() { "$WLP/bin/server" stop "$SERVER" >/dev/null 2>&1 || true; rm -rf "$DATA"; }
trap stop EXIT
"$WLP/bin/server" start "$SERVER" >/dev/null
until curl -sf -o /dev/null "$BASE/api/jwks"; do sleep 0.2; done
pid=$(cat "$WLP/usr/servers/.pid/$SERVER.pid")
token=$(curl -sf -X POST "$BASE/api/login" -d '{"username":"bench","password":"bench-password"}' | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
ticks=$(getconf CLK_TCK)

wrk -t2 -c4 -d5s -H "Authorization: Bearer $token" "$BASE/api/take_photo" >/dev/null   # warm-up
photos=$(wrk -t2 -c4 -d"${SECONDS_EACH}s" -H "Authorization: Bearer $token" "$BASE/api/take_photo" | awk '/Requests\/sec/ {print $2}')
python3 bench/stream_fps.py "$BASE/video_feed" 1 3 >/dev/null                        # warm-up
for viewers in 1 4; do
    before=$(cpu)
    fps=$(python3 bench/stream_fps.py "$BASE/video_feed" "$viewers" "$SECONDS_EACH")
    used=$(( $(cpu) - before ))
    per_viewer=$(awk -v u="$used" -v t="$ticks" -v s="$SECONDS_EACH" -v v="$viewers" 'BEGIN {printf "%.0f", 100 * u / t / s / v}')
    printf 'live view, %d viewer(s): fps per viewer %s; server CPU %s%% of a core per viewer\n' "$viewers" "$fps" "$per_viewer"
done
printf 'photos/s through /api/take_photo (1920x1080 JPEG, 4 clients): %s (goal >= 60 on the development machine)\n' "$photos"
printf 'media written: %s files, %s\n' "$(ls "$DATA/media" | wc -l)" "$(du -sh "$DATA/media" | cut -f1)"
