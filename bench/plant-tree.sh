#!/usr/bin/env bash
# Load test of a DB-backed REST read: GET /api/plant/tree with 100 concurrent clients (wrk).
# Prints requests/s and the 50th/95th/99th percentile latency. Needs a running MES: start it with
# `./mvnw -Prun` in another terminal (or point BASE_URL at a deployed one) and Debian's wrk
# (`apt-get install wrk`). Only ever aim it at your own server.
#
#   bench/plant-tree.sh                 # 10 s warm-up, then 30 s measured, 100 connections, 2 threads
#   DURATION=60s CONNECTIONS=200 bench/plant-tree.sh
set -euo pipefail
BASE_URL=${BASE_URL:-http://localhost:9080}
URL="$BASE_URL/api/plant/tree"
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-100}
THREADS=${THREADS:-2}

command -v wrk >/dev/null || { echo "bench: wrk is not installed (apt-get install wrk)" >&2; exit 2; }
status=$(curl -s -o /dev/null -w '%{http_code}' "$URL" || true)
[ "$status" = 200 ] || { echo "bench: $URL answered '$status'; start the MES first (./mvnw -Prun)" >&2; exit 2; }

script=$(mktemp --suffix=.lua)
trap 'rm -f "$script"' EXIT
cat > "$script" <<'LUA'
wrk.headers["Accept"] = "application/json"
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("requests: %d in %.1f s, errors: %d (non-2xx: %d)\n", summary.requests, seconds,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
  io.write(string.format("throughput: %.0f req/s\n", summary.requests / seconds))
  io.write(string.format("latency p50: %.2f ms  p95: %.2f ms  p99: %.2f ms  max: %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
LUA

nodes=$(curl -s "$URL" | grep -o '"id"' | wc -l)
echo "bench: $URL ($nodes plant nodes), $CONNECTIONS connections, $THREADS threads"
echo "bench: warm-up $WARMUP"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$script" "$URL" >/dev/null
echo "bench: measuring $DURATION"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$script" "$URL" | tail -n 3
