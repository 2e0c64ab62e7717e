#!/usr/bin/env bash
# The CPU a start costs: utime + stime of the server JVM from its start until /health/ready first answers 200,
# without a CPU quota (at a quota the start is CPU-bound, and these are the seconds it waits for). Also idle
# RSS 5 s later, the classes loaded and the start's CPU by thread. Each run is a restart after a discarded
# first start (which makes the database, the keys and Liberty's OSGi cache).
#   bench/start-cpu.sh FOLDER [RUNS]   FOLDER: an unpacked jar (unzip target/camsrv.jar -d FOLDER); edit its
#                                      wlp/usr/servers/camsrv/jvm.options or server.xml to try a variant
set -euo pipefail
dir=$1; runs=${2:-2}; port=${PORT:-5090}
[ -x "$dir/wlp/bin/server" ] || { echo "bench: $dir is not an unpacked camsrv.jar (unzip target/camsrv.jar -d $dir)"; exit 1; }
data=$(mktemp -d /tmp/camsrv-start-cpu-XXXXXX)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$data"' EXIT
start() {
    CAMSRV_DATA_DIR=$data HTTP_PORT=$port HTTPS_PORT=$((port + 1)) CAMSRV_ADMIN_USER=bench CAMSRV_ADMIN_PASSWORD=bench-password \
        CAMSRV_API_SECRETS_FILE=$data/secrets/camsrv.secrets "$dir/wlp/bin/server" run camsrv > "$data/console.log" 2>&1 &
    pid=$!
}
wait_ready() {
    until curl -sf -o /dev/null "http://localhost:$port/health/ready"; do
        kill -0 "$pid" 2>/dev/null || { echo "bench: the server ended:"; tail -3 "$data/console.log"; exit 1; }
        sleep 0.05
    done
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }
rm -rf "$dir/wlp/usr/servers/camsrv/workarea"
start; wait_ready; stop
tick=$(getconf CLK_TCK)
for i in $(seq 1 "$runs"); do
    started=$(date +%s%N); start; wait_ready
    wall=$(awk -v n=$(( $(date +%s%N) - started )) 'BEGIN {printf "%.1f", n / 1e9}')
    cpu=$(awk -v k="$tick" '{printf "%.2f", ($14 + $15) / k}' "/proc/$pid/stat")
    threads=$(for t in /proc/$pid/task/*; do
            printf '%s %s\n' "$(sed 's/.*) //' "$t/stat" 2>/dev/null | awk '{print $12 + $13}')" "$(tr ' ' _ < "$t/comm" 2>/dev/null | sed -E 's/[-_]?[0-9]+$//')"
        done | awk -v k="$tick" 'NF == 2 {c[$2] += $1} END {for (n in c) if (c[n] >= k / 10) printf "%.1f %s\n", c[n] / k, n}' | sort -rn | head -5 | tr '\n' ' ')
    sleep 5
    rss=$(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$pid/status")
    classes=$(jstat -class "$pid" 2>/dev/null | awk 'NR == 2 {print $1}')
    echo "$(basename "$dir") run $i: CPU until ready ${cpu} s (wall ${wall} s), idle RSS ${rss} MB, ${classes:-?} classes; by thread (s): $threads"
    stop
done
