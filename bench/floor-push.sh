#!/usr/bin/env bash
# Push latency of the live floor pages (docs/performance.md "Live floor"): builds the EAR and runs FloorPushBenchmark by
# name on the test harness's own Liberty, PostgreSQL and line simulator (free ports: safe on a shared machine). A fault
# bit of the demo bagger (100 ms scan class) is raised and cleared ROUNDS times while a line dashboard is open in
# Chromium; reports value change -> DOM update and its steps (p50, p95, max). Then CLIENTS (500) websocket clients join
# the page's push channel and the rounds run again: each client's change -> live message, and the page's DOM meanwhile.
#   bench/floor-push.sh              # 30 rounds (60 changes), 500 clients
#   ROUNDS=15 CLIENTS=100 bench/floor-push.sh
# Writes mes-ear/target/bench/floor-push.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
args=()
[ -n "${ROUNDS:-}" ] && args+=("-Dbench.rounds=$ROUNDS")
[ -n "${CLIENTS:-}" ] && args+=("-Dbench.clients=$CLIENTS")
./mvnw -B -ntp ${MVN_OFFLINE:+-o} verify -pl mes-ear -am -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=FloorPushBenchmark -Dfailsafe.failIfNoSpecifiedTests=false "${args[@]}"
cat mes-ear/target/bench/floor-push.txt
