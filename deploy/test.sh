#!/usr/bin/env bash
# The whole test suite: unit, slice and integration tests of every module against a real Kafka broker and a
# MongoDB-protocol store, then the end-to-end and browser tests against the four services started from their jars.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/deploy/setup.sh"
cd "$ROOT"
exec mvn -B -ntp verify "$@"
