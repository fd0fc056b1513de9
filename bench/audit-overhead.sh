#!/usr/bin/env bash
# What the audit trail costs a bulk update: renames 1,000 work centers, one PUT (one transaction) each, after a
# warm-up round; prints time, updates/s and latency percentiles per round and the audit entries written.
# Needs a running MES: measure once as it is (the trail on) and once started with the trail off, and compare:
#
#   ./mvnw -Prun                                   # terminal 1: audit trail on (the default)
#   bench/audit-overhead.sh                        # terminal 2
#   MES_AUDIT_ENABLED=false ./mvnw -Prun           # terminal 1 again: audit trail off (never in production)
#   bench/audit-overhead.sh
#
#   NODES=1000 CLIENTS=1 ROUNDS=3 bench/audit-overhead.sh    # the defaults; CLIENTS=8 for concurrent writers
# It leaves its nodes behind under an enterprise BENCH-<random>. Only ever aim it at your own server.
set -euo pipefail
export BASE_URL=${BASE_URL:-http://localhost:9080}
status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/health/ready" || true)
[ "$status" = 200 ] || { echo "bench: $BASE_URL/health/ready answered '$status'; start the MES first (./mvnw -Prun)" >&2; exit 2; }
exec java "$(dirname "$0")/AuditOverhead.java"
