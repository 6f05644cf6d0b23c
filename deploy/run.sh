#!/usr/bin/env bash
# The whole system on one machine, one command:
#   a real Apache Kafka broker (KRaft, 127.0.0.1 only), a MongoDB-protocol server (file-backed),
#   an SMTP server with a REST/web view (GreenMail), then the four services with the demo data set.
# Ctrl-C or SIGTERM stops every process this script started, newest first, by PID.
#
# Environment (all optional):
#   REFORM_DATA_DIR          data folder (default: <repo>/deploy/data)
#   GATEWAY_PORT=8080 SUBMISSION_PORT=8081 AGGREGATION_PORT=8082 NOTIFICATION_PORT=8083
#   KAFKA_PORT=9092 KAFKA_CONTROLLER_PORT=9093 MONGO_PORT=27017 SMTP_PORT=3025 IMAP_PORT=3143 MAIL_VIEW_PORT=8025
#   KAFKA_BOOTSTRAP_SERVERS  use this Kafka cluster instead of starting a broker
#   MONGODB_URI              use this MongoDB instead of starting mongo-java-server
#   SMTP_HOST (+ SMTP_PORT)  use this SMTP server instead of starting GreenMail
#   REFORM_PROFILES          Spring profiles of the services (default: demo)
#   REFORM_SKIP_BUILD=1      do not run Maven (use the jars already built)
#   REFORM_JAVA_OPTS         JVM options of each service
#   REFORM_HEALTH_TIMEOUT    seconds to wait for each service to be healthy (default 300)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${REFORM_DATA_DIR:-$ROOT/deploy/data}"
mkdir -p "$DATA/logs"
DATA="$(cd "$DATA" && pwd)"

GATEWAY_PORT="${GATEWAY_PORT:-8080}"
SUBMISSION_PORT="${SUBMISSION_PORT:-8081}"
AGGREGATION_PORT="${AGGREGATION_PORT:-8082}"
NOTIFICATION_PORT="${NOTIFICATION_PORT:-8083}"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
MONGO_PORT="${MONGO_PORT:-27017}"
IMAP_PORT="${IMAP_PORT:-3143}"
MAIL_VIEW_PORT="${MAIL_VIEW_PORT:-8025}"
PROFILES="${REFORM_PROFILES:-demo}"
JAVA_OPTS_SERVICE="${REFORM_JAVA_OPTS:--XX:+UseSerialGC -Xms192m -Xmx320m -Xmn96m -Xss512k -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=160m}"
VERSION=0.1.0-SNAPSHOT
START_SECONDS=$SECONDS

PIDS=()
NAMES=()

log() { printf '[run] %s\n' "$*"; }

stop_all() {
  trap - INT TERM EXIT
  log "stopping ${#PIDS[@]} processes"
  for ((i=${#PIDS[@]}-1; i>=0; i--)); do
    kill -TERM "${PIDS[$i]}" 2>/dev/null || true
    # services first, each waited for, so that they can finish in-flight work before the broker and store stop
    for _ in $(seq 1 60); do kill -0 "${PIDS[$i]}" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "${PIDS[$i]}" 2>/dev/null; then log "${NAMES[$i]} did not stop in 30 s: killing"; kill -KILL "${PIDS[$i]}" 2>/dev/null || true; fi
    log "stopped ${NAMES[$i]} (pid ${PIDS[$i]})"
  done
  rm -f "$DATA/run.pids"
}
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'stop_all' EXIT

start() { # name, command...
  local name=$1; shift
  "$@" >"$DATA/logs/$name.log" 2>&1 &
  PIDS+=($!)
  NAMES+=("$name")
  echo "$! $name" >>"$DATA/run.pids"
  log "started $name (pid $!, log $DATA/logs/$name.log)"
}

wait_port() { # name, port
  for _ in $(seq 1 240); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$2") 2>/dev/null; then return 0; fi
    check_alive "$1"
    sleep 0.5
  done
  log "$1 did not open port $2"; tail -n 40 "$DATA/logs/$1.log"; exit 1
}

wait_healthy() { # name, port
  local deadline=$((SECONDS + ${REFORM_HEALTH_TIMEOUT:-300}))
  while ((SECONDS < deadline)); do
    if curl -fs "http://127.0.0.1:$2/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
      log "$1 is UP on :$2"; return 0
    fi
    check_alive "$1"
    sleep 0.5
  done
  log "$1 did not become healthy"; tail -n 60 "$DATA/logs/$1.log"; exit 1
}

check_alive() {
  for i in "${!NAMES[@]}"; do
    if [[ "${NAMES[$i]}" == "$1" ]] && ! kill -0 "${PIDS[$i]}" 2>/dev/null; then
      log "$1 exited early"; tail -n 60 "$DATA/logs/$1.log"; exit 1
    fi
  done
}

# 0. refuse to start twice on the same data folder
if [[ -f "$DATA/run.pids" ]]; then
  while read -r pid name; do
    if kill -0 "$pid" 2>/dev/null; then log "$name (pid $pid) from an earlier run is still running; stop it first"; exit 1; fi
  done <"$DATA/run.pids"
  rm -f "$DATA/run.pids"
fi

# 0b. refuse to start over another stack (its health checks would answer for ours)
for port in "$GATEWAY_PORT" "$SUBMISSION_PORT" "$AGGREGATION_PORT" "$NOTIFICATION_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then log "port $port is already in use: stop what runs there first"; exit 1; fi
done

# 1. build what is needed
jar_of() { echo "$ROOT/$1/target/$1-$VERSION.jar"; }
if [[ "${REFORM_SKIP_BUILD:-0}" != 1 ]]; then
  log "building (mvn package, tests skipped)"
  (cd "$ROOT" && mvn -q -B -DskipTests package)
fi
STACK_CP="$ROOT/deploy/local-stack/target/classes:$(cat "$ROOT/deploy/local-stack/target/runtime-classpath.txt")"
INFRA_JAVA=(java -XX:+UseSerialGC -Xmx512m "-Dlogback.configurationFile=$ROOT/deploy/local-stack/src/main/resources/local-stack-logback.xml" -cp "$STACK_CP")
# The store encodes every document it answers or keeps into Netty buffers of its own, byte by byte: Netty's check that
# a buffer is still referenced at each byte, and its sampling of buffers for leaks, were an eighth of its CPU (JFR).
STORE_JAVA_OPTS=(-Dio.netty.buffer.checkAccessible=false -Dio.netty.leakDetection.level=disabled)

# 2. infrastructure, unless given from outside
if [[ -z "${KAFKA_BOOTSTRAP_SERVERS:-}" ]]; then
  start kafka "${INFRA_JAVA[@]}" vn.reform.localstack.LocalStackProcess kafka "$DATA/kafka" "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"
  export KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT"
  KAFKA_OWN=1
fi
if [[ -z "${MONGODB_URI:-}" ]]; then
  start mongo "${INFRA_JAVA[0]}" "${STORE_JAVA_OPTS[@]}" "${INFRA_JAVA[@]:1}" vn.reform.localstack.LocalStackProcess mongo "$DATA/mongo" "$MONGO_PORT"
  export MONGODB_URI="mongodb://127.0.0.1:$MONGO_PORT"
  MONGO_OWN=1
fi
if [[ -z "${SMTP_HOST:-}" ]]; then
  export SMTP_HOST=127.0.0.1 SMTP_PORT="${SMTP_PORT:-3025}"
  start mail java -XX:+UseSerialGC -Xmx128m \
    -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" \
    -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$IMAP_PORT" \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_VIEW_PORT" \
    -Dgreenmail.auth.disabled -jar "$ROOT/deploy/local-stack/target/tools/greenmail-standalone.jar"
  MAIL_OWN=1
fi
export SMTP_PORT="${SMTP_PORT:-25}"
[[ -n "${KAFKA_OWN:-}" ]] && wait_port kafka "$KAFKA_PORT"
[[ -n "${MONGO_OWN:-}" ]] && wait_port mongo "$MONGO_PORT"
[[ -n "${MAIL_OWN:-}" ]] && wait_port mail "$SMTP_PORT"

# 3. the services (submission-service first: it creates the topics and publishes the catalogue)
service() { # module, port, extra env...
  local module=$1 port=$2; shift 2
  start "$module" env SERVER_PORT="$port" SPRING_PROFILES_ACTIVE="$PROFILES" "$@" \
    java $JAVA_OPTS_SERVICE -jar "$(jar_of "$module")"
}
service submission-service "$SUBMISSION_PORT"
service aggregation-service "$AGGREGATION_PORT"
service notification-service "$NOTIFICATION_PORT" REFORM_NOTIFICATION_FORM_BASE_URL="http://localhost:$GATEWAY_PORT"
service gateway "$GATEWAY_PORT" \
  SUBMISSION_URL="http://127.0.0.1:$SUBMISSION_PORT" \
  AGGREGATION_URL="http://127.0.0.1:$AGGREGATION_PORT" \
  NOTIFICATION_URL="http://127.0.0.1:$NOTIFICATION_PORT"
wait_healthy submission-service "$SUBMISSION_PORT"
wait_healthy aggregation-service "$AGGREGATION_PORT"
wait_healthy notification-service "$NOTIFICATION_PORT"
wait_healthy gateway "$GATEWAY_PORT"

ELAPSED=$((SECONDS - START_SECONDS))
RSS_KB=0
for pid in "${PIDS[@]}"; do RSS_KB=$((RSS_KB + $(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0))); done
cat <<EOF

  Reform reporting is running (healthy after ${ELAPSED} s; resident memory of its processes: $((RSS_KB / 1024)) MiB)

  Pages and API     http://localhost:$GATEWAY_PORT/          (health: /actuator/health)
  Demo accounts     snv / demo      Home Affairs (Sở Nội vụ)
                    sngv / demo     Department of Foreign Affairs; every agency code in lower case, e.g. stp, pbienhoa
                    admin / demo    user administration
  Mail viewer       http://127.0.0.1:$MAIL_VIEW_PORT/   (GreenMail; REST: /api/user/<address>/messages/INBOX/)
  Kafka             $KAFKA_BOOTSTRAP_SERVERS
  MongoDB           $MONGODB_URI
  Data and logs     $DATA

  Ctrl-C stops everything.
EOF
echo "$ELAPSED $RSS_KB" >"$DATA/last-start.txt"
wait -n "${PIDS[@]}" || true
log "a process exited; stopping the rest"
