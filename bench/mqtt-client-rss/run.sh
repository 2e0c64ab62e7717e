#!/usr/bin/env bash
# What Eclipse Paho and HiveMQ's MQTT client each add to an idle JVM's RSS (connected to a local
# mosquitto, after GC): prints each RSS and the difference to the same JVM without a client.
# Needs mosquitto; fetches both libraries through Maven. Run it under the shared lock.
set -euo pipefail
cd "$(dirname "$0")"
repo=${MAVEN_REPO:-$HOME/.m2/repository}
../../mvnw -B -q dependency:get -Dartifact=org.eclipse.paho:org.eclipse.paho.client.mqttv3:1.2.5 >/dev/null
../../mvnw -B -q -f hivemq-pom.xml dependency:build-classpath -Dmdep.outputFile=/tmp/camsrv-hivemq.cp >/dev/null
paho=$repo/org/eclipse/paho/org.eclipse.paho.client.mqttv3/1.2.5/org.eclipse.paho.client.mqttv3-1.2.5.jar
classes=$(mktemp -d)
javac -d "$classes" -cp "$paho:$(cat /tmp/camsrv-hivemq.cp)" ClientRss.java
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
conf=$(mktemp)
printf 'listener %s 127.0.0.1\nallow_anonymous true\n' "$port" >"$conf"
/usr/sbin/mosquitto -c "$conf" >/dev/null 2>&1 &
broker=$!
trap 'kill $broker; rm -rf "$classes" "$conf"' EXIT
sleep 0.5
# The server's own JVM options (liberty/config/jvm.options) where they apply to a small program.
opts=(-Xmx64m -XX:+UseSerialGC -Xss512k -XX:TieredStopAtLevel=1)
declare -A rss
for run in 1 2; do
    for client in none paho hivemq; do
        cp="$classes"
        [ "$client" = paho ] && cp="$classes:$paho"
        [ "$client" = hivemq ] && cp="$classes:$(cat /tmp/camsrv-hivemq.cp)"
        line=$(java "${opts[@]}" -cp "$cp" ClientRss "$client" "$port")
        echo "run $run: $line"
        rss[$client]=$(( ${rss[$client]:-0} + $(echo "$line" | sed 's/.*rss_kb=\([0-9]*\).*/\1/') ))
    done
done
none=$(( rss[none] / 2 )); paho=$(( rss[paho] / 2 )); hive=$(( rss[hivemq] / 2 ))
echo "mean RSS: none ${none} kB, paho ${paho} kB (+$(( paho - none )) kB), hivemq ${hive} kB (+$(( hive - none )) kB)"
awk -v p=$(( paho - none )) -v h=$(( hive - none )) 'BEGIN { if (p > 0) printf "hivemq adds %.1fx what paho adds\n", h / p }'
