#!/usr/bin/env bash
# Work traveler figures (docs/performance.md "Work travelers"): the PDF of a batch with 30 operations, timed as the
# HTTP client sees it against the test servers (Liberty + PostgreSQL on free ports, started for the run).
# Usage: bench/traveler.sh [rounds]   (default 20). Writes mes-ear/target/bench/traveler.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-20}"
./mvnw -B -ntp ${MVN_OFFLINE:+-o} verify -pl mes-ear -am -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=TravelerBenchmark -Dbench.rounds="$ROUNDS" -Dfailsafe.failIfNoSpecifiedTests=false
cat mes-ear/target/bench/traveler.txt
