#!/usr/bin/env bash
# Telemetry figures (docs/performance.md "Telemetry"): builds the EAR and runs the benchmark class TelemetryBenchmark
# by name on the test harness's own Liberty, PostgreSQL and line simulator (free ports: safe on a shared machine).
#   bench/telemetry.sh                                   # everything: COPY ceiling, end to end, ingest alone, edge latency
#   RUNS=100x100@1000 PARTS=e2e bench/telemetry.sh       # one end-to-end run: PLCs x tags @ scan period (ms)
# Options (environment): PARTS (copy,e2e,ingest,edge), RUNS (comma-separated PLCSxTAGS@PERIOD_MS), WINDOW (seconds of
# each end-to-end run, default 30), INGEST_RUN, INGEST_SECONDS, COPY_ROWS, EDGES, JFR (a directory: each end-to-end run
# records a JFR CPU profile of Liberty over its window there; read it with `java bench/JfrCpu.java FILE.jfr`).
# Writes mes-ear/target/bench/telemetry.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
args=()
[ -n "${PARTS:-}" ] && args+=("-Dbench.parts=$PARTS")
[ -n "${RUNS:-}" ] && args+=("-Dbench.runs=$RUNS")
[ -n "${WINDOW:-}" ] && args+=("-Dbench.seconds=$WINDOW")
[ -n "${INGEST_RUN:-}" ] && args+=("-Dbench.ingest-run=$INGEST_RUN")
[ -n "${INGEST_SECONDS:-}" ] && args+=("-Dbench.ingest-seconds=$INGEST_SECONDS")
[ -n "${COPY_ROWS:-}" ] && args+=("-Dbench.copy-rows=$COPY_ROWS")
[ -n "${EDGES:-}" ] && args+=("-Dbench.edges=$EDGES")
[ -n "${JFR:-}" ] && args+=("-Dbench.jfr=$(mkdir -p "$JFR" && cd "$JFR" && pwd)")
./mvnw -B -ntp ${MVN_OFFLINE:+-o} verify -pl mes-ear -am -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=TelemetryBenchmark -Dfailsafe.failIfNoSpecifiedTests=false "${args[@]}"
cat mes-ear/target/bench/telemetry.txt
