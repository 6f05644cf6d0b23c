#!/usr/bin/env bash
# The fault and abuse suite, long variant: bursts of 2,000 submissions, aggregation-service killed (-9) three times
# in a row, the broker stopped, the store restarted, SMTP down, duplicated and reordered events, 200+ hostile requests,
# the authorization matrix. It starts its own stack (deploy/system-tests' RunningStack) and prints the ledger at the end.
# README's test command runs the same suite with bursts of 120 and one kill.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
exec mvn -B -ntp verify -pl deploy/system-tests -am -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=FaultSuiteIT -Dfaults.full=true "$@"
