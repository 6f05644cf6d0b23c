#!/usr/bin/env bash
# The benchmark: starts the local stack on a fresh data folder (deploy/run.sh), measures ingest, freshness, read,
# rebuild and footprint in one run (deploy/benchmark, vn.reform.benchmark.BenchmarkMain), writes
# deploy/benchmark/results/latest.json, prints the table, and stops the stack.
#   ./deploy/benchmark.sh                 full run (a few minutes)
#   ./deploy/benchmark.sh --smoke=true    seconds, small figures: checks that it works
# Any other --name=value is passed to BenchmarkMain (see BenchmarkConfig: clients, duration, agencies, readers, ...).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DATA="$(mktemp -d /tmp/reform-benchmark.XXXXXX)"
export REFORM_DATA_DIR="$DATA"
# The per-user rate limit protects the gateway from one noisy client; the benchmark's clients are separate users,
# the read phase keeps each one busy at well over the default per-user rate.
export RATE_LIMIT_PER_SECOND="${RATE_LIMIT_PER_SECOND:-5000}"
export RATE_LIMIT_BURST="${RATE_LIMIT_BURST:-10000}"

if [[ "${REFORM_SKIP_BUILD:-0}" != 1 ]]; then
  mvn -q -B -DskipTests package
fi
REFORM_SKIP_BUILD=1 ./deploy/run.sh >"$DATA/run.out" 2>&1 &
RUN_PID=$!
trap 'kill -TERM $RUN_PID 2>/dev/null || true; wait $RUN_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  grep -q "is running" "$DATA/run.out" 2>/dev/null && break
  kill -0 $RUN_PID 2>/dev/null || { cat "$DATA/run.out"; exit 1; }
  sleep 0.5
done
grep -q "is running" "$DATA/run.out" || { echo "the stack did not start"; cat "$DATA/run.out"; exit 1; }

java -Xmx1g -cp "deploy/benchmark/target/classes:$(cat deploy/benchmark/target/runtime-classpath.txt)" \
  vn.reform.benchmark.BenchmarkMain --data="$DATA" "$@"
