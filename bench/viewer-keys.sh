#!/usr/bin/env bash
# Viewer keys' cost: one key check beside one password check (in-process, the production hashes), then 20 pollers of
# /photo_feed with one key at 1/s for 60 s against the packaged server (liberty:create/deploy of this build), with
# the owner's page and /api/protected timed before and during. Run it under the machine's Liberty lock
# (/work/helpers/liberty.sh bench/viewer-keys.sh, or flock /work/liberty.lock).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-5094}
SECONDS_POLLING=${SECONDS_POLLING:-60}
WLP=target/liberty/wlp
SERVER=camsrv
if [ "${REBUILD:-1}" = 1 ]; then
    ./mvnw -q -DskipTests package liberty:create liberty:deploy >/dev/null
fi
./mvnw -o -q test-compile >/dev/null
classpath=$(./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
CP="target/test-classes:target/classes:$classpath"

echo "== key check vs password check"
java -cp "$CP" \
    org.camsrv.auth.viewer.ViewerKeyCheckBenchmark 2>/dev/null

DATA=$(mktemp -d /tmp/camsrv-bench-XXXXXX)
export CAMSRV_DATA_DIR=$DATA HTTP_PORT=$PORT HTTPS_PORT=$((PORT + 1)) CAMSRV_ADMIN_USER=bench CAMSRV_ADMIN_PASSWORD=bench-password-1
export CAMSRV_CAMERA=simulated CAMSRV_API_SECRETS_FILE=$DATA/secrets/camsrv.secrets
BASE=http://localhost:$PORT
stop() {
    "$WLP/bin/server" stop "$SERVER" >/dev/null 2>&1 || true
    rm -rf "$DATA"
}
trap stop EXIT
"$WLP/bin/server" start "$SERVER" >/dev/null
until curl -sf -o /dev/null "$BASE/health/ready"; do sleep 0.2; done
echo "== 20 pollers with a viewer key (Req. Auth for Streaming on)"
java -cp "$CP" it.org.camsrv.security.ViewerKeyPollers "$BASE" bench bench-password-1 "$SECONDS_POLLING" 2>"$DATA/pollers.err" \
    || { tail -20 "$DATA/pollers.err"; exit 1; }
