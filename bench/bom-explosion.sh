#!/usr/bin/env bash
# BOM explosion figure: a 6-level BOM of 20,000 lines loaded by SQL into the test database, then
# GET /api/parts/{id}/bom/explosion timed end to end against the test servers (Liberty + PostgreSQL, started for the run).
# Usage: bench/bom-explosion.sh [rounds]   (default 20). Writes mes-ear/target/bench/bom-explosion.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-20}"
./mvnw -B -ntp verify -pl mes-ear -am -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=BomExplosionBenchmark -Dbench.rounds="$ROUNDS" -Dfailsafe.failIfNoSpecifiedTests=false
cat mes-ear/target/bench/bom-explosion.txt
