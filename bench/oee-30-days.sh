#!/usr/bin/env bash
# OEE of one line over 30 days of 1-second data (docs/performance.md "OEE over 30 days"): builds the EAR and runs
# OeeThirtyDaysBenchmark by name on the test harness's own Liberty and PostgreSQL (free ports: safe on a shared
# machine). It generates a line of MACHINES machines with DAYS days of 1-second data with bench/oee-30-days.sql (a good
# count every second, a reject every 50 s, a stop every 10 minutes, a daily 2-minute comms loss; three 8-hour shifts a
# day with a 30-minute break each; rolled up into minute and hour records as the server does), then times
# GET /api/oee/lines/{id} over HTTP with a production manager's bearer token RUNS times after 5 warm-up calls (p50,
# p95, max) with the CPU time Liberty and PostgreSQL spend per call (what load on a shared machine does not change),
# one machine's GET /api/oee/equipment/{id}, and for comparison the service's SQL read (oee_sums) alone, the
# recomputation of the last 2 minutes (oee_rollup) alone and the time model alone.
#   bench/oee-30-days.sh                       # 4 machines, 30 days, 20 runs (generating takes minutes)
#   MACHINES=8 DAYS=2 RUNS=50 bench/oee-30-days.sh
#   JFR=/tmp/oee-jfr DAYS=2 bench/oee-30-days.sh   # + a JFR profile of Liberty over 10 × RUNS more calls of the line
# Writes mes-ear/target/bench/oee-30-days.txt. To generate the same line in a database of your own instead, run
# bench/oee-30-days.sql with psql (its header says how).
set -euo pipefail
cd "$(dirname "$0")/.."
args=()
[ -n "${MACHINES:-}" ] && args+=("-Dbench.machines=$MACHINES")
[ -n "${DAYS:-}" ] && args+=("-Dbench.days=$DAYS")
[ -n "${RUNS:-}" ] && args+=("-Dbench.runs=$RUNS")
[ -n "${JFR:-}" ] && args+=("-Dbench.jfr=$(mkdir -p "$JFR" && cd "$JFR" && pwd)")
./mvnw -B -ntp ${MVN_OFFLINE:+-o} verify -pl mes-ear -am -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=OeeThirtyDaysBenchmark -Dfailsafe.failIfNoSpecifiedTests=false "${args[@]}"
cat mes-ear/target/bench/oee-30-days.txt
