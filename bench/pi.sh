#!/usr/bin/env bash
# The first minutes on a Pi, imitated: the runnable jar (what a Pi runs, as deploy/camsrv.service starts
# it) inside a cgroup CPU quota, for each budget and each jar given, one after the other. Prints the time
# to /health/ready, the first and a warm login, idle RSS, the server's CPU per GET /api/protected over the
# first 1,000 / 10,000 / 100,000 requests and over 10,000 more, the JIT's code cache, and where Liberty's
# start went (messages.log). The load generator (wrk) and curl run outside the quota.
#   bench/pi.sh [jar|start:jar|folder ...]   default target/camsrv.jar (./mvnw -DskipTests package builds it), run
#                                  with java -jar; start:jar runs it as deploy/camsrv.service does, through
#                                  deploy/camsrv-start; a folder is an unpacked jar (unzip camsrv.jar -d F), started
#                                  with F/wlp/bin/server run
#   BUDGETS="0.8 0.4"              fractions of one core; REQUESTS="1000 10000 100000" cumulative; WARM=10000
# Needs root (to make a cgroup), cgroup v2 with the cpu controller or cgroup v1's cpu controller, and wrk.
# The quota caps CPU time, not the speed of one core: a Pi's cores are slower still.
set -euo pipefail
cd "$(dirname "$0")/.."
BUDGETS=${BUDGETS:-"0.8 0.4"}
REQUESTS=${REQUESTS:-"1000 10000 100000"}
WARM=${WARM:-10000}
PORT=${PORT:-5070}
JARS=("$@")
[ ${#JARS[@]} -gt 0 ] || JARS=(target/camsrv.jar)
command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install wrk)"; exit 1; }
for jar in "${JARS[@]}"; do [ -f "${jar#start:}" ] || [ -x "$jar/wlp/bin/server" ] || { echo "bench: no $jar (./mvnw -DskipTests package builds it)"; exit 1; }; done

# A cgroup with a CPU quota: v2 (cpu.max) where its cpu controller is on, else v1 (cpu.cfs_quota_us).
CGROUP=
cgroup_kind() {
    local v2
    v2=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/mounts)
    if [ -n "$v2" ] && grep -qw cpu "$v2/cgroup.controllers" 2>/dev/null; then
        echo "v2 $v2"
    elif [ -w /sys/fs/cgroup/cpu/cpu.cfs_quota_us ] || [ -d /sys/fs/cgroup/cpu ] && [ -f /sys/fs/cgroup/cpu/cpu.cfs_period_us ]; then
        echo "v1 /sys/fs/cgroup/cpu"
    fi
}
make_quota() { # fraction -> sets CGROUP
    local kind root quota
    read -r kind root <<< "$(cgroup_kind)"
    quota=$(awk -v f="$1" 'BEGIN {printf "%d", f * 100000}')
    CGROUP=$root/camsrv-pi-$$
    if [ "$kind" = v2 ]; then
        grep -qw cpu "$root/cgroup.subtree_control" || echo +cpu > "$root/cgroup.subtree_control"
        mkdir -p "$CGROUP" && echo "$quota 100000" > "$CGROUP/cpu.max"
        QUOTA_TEXT="cgroup v2 cpu.max $quota 100000"
    elif [ "$kind" = v1 ]; then
        mkdir -p "$CGROUP" && echo 100000 > "$CGROUP/cpu.cfs_period_us" && echo "$quota" > "$CGROUP/cpu.cfs_quota_us"
        QUOTA_TEXT="cgroup v1 cpu.cfs_quota_us $quota per 100000"
    else
        CGROUP=
    fi
    if [ -z "$CGROUP" ] || [ ! -d "$CGROUP" ]; then
        echo "bench: no CPU quota can be set here (needs root and cgroup v2 with the cpu controller, or cgroup v1's cpu)"
        exit 1
    fi
}

WORK=$(mktemp -d /tmp/camsrv-pi-XXXXXX)
LAUNCHER=
stop_server() { # every process in the cgroup (the launcher and the server it started), then wait until it is empty
    local p
    if [ -n "$LAUNCHER" ]; then
        for p in $(cat "$CGROUP/cgroup.procs" 2>/dev/null); do kill "$p" 2>/dev/null || true; done
        for _ in $(seq 1 100); do [ -n "$(cat "$CGROUP/cgroup.procs" 2>/dev/null)" ] || break; sleep 0.2; done
    fi
    LAUNCHER=
}
cleanup() {
    stop_server
    [ -n "$CGROUP" ] && rmdir "$CGROUP" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

BASE=http://localhost:$PORT
start_server() { # jar data -> LAUNCHER; as deploy/camsrv.service starts it, inside the cgroup from the first instruction
    CAMSRV_DATA_DIR=$2 HTTP_PORT=$PORT HTTPS_PORT=$((PORT + 1)) WLP_JAR_EXTRACT_ROOT=$2/.liberty \
        CAMSRV_ADMIN_USER=bench CAMSRV_ADMIN_PASSWORD=bench-password CAMSRV_API_SECRETS_FILE=$2/secrets/camsrv.secrets \
        CAMSRV_API_ACCESS_MINUTES=600 \
        sh -c 'echo $$ > "$0/cgroup.procs"; if [ -d "$1" ]; then exec "$1/wlp/bin/server" run camsrv; fi
            case $1 in start:*) exec deploy/camsrv-start "${1#start:}" ;; esac
            exec java -Xmx16m -Xss256k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$1"' \
        "$CGROUP" "$1" > "$2/console.log" 2>&1 &
    LAUNCHER=$!
}
wait_ready() { # -> seconds from now until /health/ready answers 200
    local started=$(date +%s%N)
    until curl -sf -o /dev/null "$BASE/health/ready"; do
        kill -0 "$LAUNCHER" 2>/dev/null || { echo "bench: the server ended; see its console log"; exit 1; }
        [ $(( $(date +%s%N) - started )) -lt 300000000000 ] || { echo "bench: not ready after 300 s"; exit 1; }
        sleep 0.1
    done
    awk -v n="$(( $(date +%s%N) - started ))" 'BEGIN {printf "%.1f", n / 1e9}'
}
server_pid() { # the Liberty JVM: the java process in the cgroup that is not the launcher
    local p
    for p in $(cat "$CGROUP/cgroup.procs"); do
        [ "$p" != "$LAUNCHER" ] && tr '\0' ' ' < "/proc/$p/cmdline" 2>/dev/null | grep -q 'ws-server.jar\|wlp/lib' && { echo "$p"; return; }
    done
    echo "$LAUNCHER"
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
login() { # -> "seconds token"
    curl -s -o "$WORK/login.json" -w '%{time_total}' -X POST "$BASE/api/login" -H 'Content-Type: application/json' \
        -d '{"username":"bench","password":"bench-password"}'
}
rss_mb() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }

run_one() { # budget jar
    local budget=$1 jar=$2 data ready pid first warm tick rss_start rss_logins
    local how=java-jar
    case $jar in start:*) how=camsrv-start ;; esac
    [ -d "$jar" ] && how=folder
    data=$WORK/data-$(basename "${jar#start:}" .jar)-$how-$budget
    if [ -d "$jar" ]; then rm -rf "$jar/wlp/usr/servers/camsrv/workarea" "$jar/wlp/usr/servers/camsrv/logs"; fi
    mkdir -p "$data"
    make_quota "$budget"
    # A first start unpacks Liberty and creates the user database and keys: the timed start is a restart.
    start_server "$jar" "$data"; wait_ready >/dev/null; stop_server
    start_server "$jar" "$data"
    ready=$(wait_ready)
    pid=$(server_pid)
    sleep 10
    rss_start=$(rss_mb "$pid")
    first=$(login)
    local times=()
    for _ in 1 2 3 4 5; do times+=("$(login)"); done
    warm=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
    export ACCESS_TOKEN
    ACCESS_TOKEN=$(sed -E 's/.*"access_token":"([^"]+)".*/\1/' "$WORK/login.json")
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $ACCESS_TOKEN" "$BASE/api/protected")" = 200 ] \
        || { echo "bench: the token does not open /api/protected"; exit 1; }
    sleep 5
    rss_logins=$(rss_mb "$pid")
    tick=$(getconf CLK_TCK)
    echo "== $(basename "${jar#start:}") ($how) at $budget of a core ($QUOTA_TEXT)"
    printf '%-24s %s s\n' "ready" "$ready"
    printf '%-24s %s s\n' "first login" "$first"
    printf '%-24s %s s (median of 5 after it)\n' "warm login" "$warm"
    printf '%-24s %s MB 10 s after ready, %s MB after the logins%s\n' "idle RSS" "$rss_start" "$rss_logins" \
        "$([ -f "$jar" ] && [ "$pid" != "$LAUNCHER" ] && [ -d "/proc/$LAUNCHER" ] && echo " (+ $(rss_mb "$LAUNCHER") MB the java -jar launcher)")"
    local done_requests=0 before after count
    for target in $REQUESTS warm; do
        if [ "$target" = warm ]; then count=$WARM; else count=$((target - done_requests)); fi
        before=$(cpu_ticks "$pid")
        rm -f "$WORK/done"
        REQUESTS=$count THREADS=1 DONE_FILE=$WORK/done wrk -t1 -c4 -d3600s -s bench/protected-count.lua "$BASE" \
            > "$WORK/wrk.out" &
        local load=$!
        until [ -f "$WORK/done" ] || ! kill -0 "$load" 2>/dev/null; do sleep 0.05; done
        kill -INT "$load" 2>/dev/null || true
        wait "$load" || true
        after=$(cpu_ticks "$pid")
        local answered
        answered=$(awk '/requests in/ {print $1}' "$WORK/wrk.out")
        if [ "$target" = warm ]; then
            printf '%-24s %s us (%s requests after the first %s)\n' "CPU per request, warm" \
                "$(awk -v t=$((after - before)) -v n="$answered" -v k="$tick" 'BEGIN {printf "%d", t * 1e6 / k / n}')" \
                "$answered" "$done_requests"
        else
            CUMULATIVE_TICKS=$(( ${CUMULATIVE_TICKS:-0} + after - before ))
            done_requests=$((done_requests + answered))
            printf '%-24s %s us over the first %s\n' "CPU per request" \
                "$(awk -v t="$CUMULATIVE_TICKS" -v n="$done_requests" -v k="$tick" 'BEGIN {printf "%d", t * 1e6 / k / n}')" \
                "$done_requests"
        fi
    done
    unset CUMULATIVE_TICKS
    printf '%-24s %s\n' "code cache" "$(jcmd "$pid" Compiler.codecache 2>/dev/null | grep -m1 -E 'size=' | sed -E 's/^[^:]*: *//')"
    printf '%-24s %s MB\n' "RSS after the requests" "$(rss_mb "$pid")"
    # Where the start went: the first line of messages.log, the application, the server (CWWK...I times).
    if [ -f "$data/logs/messages.log" ]; then
        grep -E 'CWWKE0001I|CWWKZ0001I|CWWKF0011I|Passwords:' "$data/logs/messages.log" | tail -4 \
            | sed -E 's/^\[([^]]*)\] +[0-9a-f]+ +[^ ]+ +[A-Z] +/  \1 /' | cut -c1-150
    fi
    stop_server
    rmdir "$CGROUP" 2>/dev/null || true
    CGROUP=
}

echo "bench/pi.sh on $(nproc) cores, $(java -version 2>&1 | head -1); load $(cut -d' ' -f1-3 /proc/loadavg)"
for budget in $BUDGETS; do
    for jar in "${JARS[@]}"; do
        run_one "$budget" "$jar"
    done
done
