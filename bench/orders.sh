#!/usr/bin/env bash
# Orders figures: a PPIC bulk approval of 1,000 manufacturing orders and the approval of a quote with 50 make lines,
# timed as the HTTP client sees them against the test servers (Liberty + PostgreSQL, started for the run).
# Usage: bench/orders.sh [rounds]   (default 5). Writes mes-ear/target/bench/orders.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-5}"
./mvnw -B -ntp verify -pl mes-ear -am -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=OrdersBenchmark -Dbench.rounds="$ROUNDS" -Dfailsafe.failIfNoSpecifiedTests=false
cat mes-ear/target/bench/orders.txt
