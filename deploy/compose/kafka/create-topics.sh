#!/bin/bash
# Creates the topics listed in topics.txt on the 3-broker cluster (idempotent: --if-not-exists).
# Run by the compose service kafka-init once all three brokers are healthy.
set -euo pipefail

BOOTSTRAP="${KAFKA_BOOTSTRAP_SERVERS:?KAFKA_BOOTSTRAP_SERVERS not set}"
REPLICAS="${TOPIC_REPLICATION_FACTOR:-3}"
MIN_ISR="${TOPIC_MIN_INSYNC_REPLICAS:-2}"
TOPICS_FILE="${TOPICS_FILE:-/scripts/topics.txt}"
KAFKA_BIN="${KAFKA_BIN:-/opt/kafka/bin}"

while read -r topic partitions cleanup extra; do
  case "$topic" in ''|'#'*) continue ;; esac
  args=(--bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "$topic"
        --partitions "$partitions" --replication-factor "$REPLICAS"
        --config "min.insync.replicas=$MIN_ISR" --config "cleanup.policy=$cleanup")
  for config in $extra; do
    args+=(--config "$config")
  done
  "$KAFKA_BIN/kafka-topics.sh" "${args[@]}"
  echo "topic $topic: $partitions partitions, replication $REPLICAS, min.insync.replicas $MIN_ISR, $cleanup $extra"
done < "$TOPICS_FILE"

"$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --describe --topic 'reform\..*' | grep -c 'Leader:' \
  | xargs -I{} echo "{} partitions of reform.* topics have a leader"
