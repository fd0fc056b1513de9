#!/usr/bin/env bash
# End-to-end telemetry throughput: adds PLCS PLC connections to a running MES, all polling the run command's line
# simulator (the demo PLC's address) with the demo tags in one 100 ms scan class, then counts the samples committed
# to telemetry_sample over DURATION seconds. Prints samples/s, the ingest lag (now() minus the newest sampledAt,
# probed every second: an upper bound of sampled → committed, plus up to one scan period) and the server's CPU.
# Report-by-exception stays on: only tags that change become samples (heartbeat, energy, counters), as in production.
#
#   ./mvnw -Prun                                              # terminal 1 (prints the database URL)
#   PGURL=postgresql://postgres@localhost:<port>/mes bench/telemetry-ingest.sh
#   PLCS=50 DURATION=60 PGURL=... bench/telemetry-ingest.sh
# It leaves its PLC connections (BENCH-<random>-<n>) behind, disabled at the end. Only aim it at your own server.
set -euo pipefail
BASE_URL=${BASE_URL:-http://localhost:9080}
PLCS=${PLCS:-20}
DURATION=${DURATION:-30}
: "${PGURL:?set PGURL to the database, e.g. postgresql://postgres@localhost:PORT/mes (the run command prints the port)}"
command -v psql >/dev/null || { echo "bench: psql is not installed (apt-get install postgresql-client)" >&2; exit 2; }
command -v jq >/dev/null || { echo "bench: jq is not installed" >&2; exit 2; }
status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/health/ready" || true)
[ "$status" = 200 ] || { echo "bench: $BASE_URL/health/ready answered '$status'; start the MES first (./mvnw -Prun)" >&2; exit 2; }

connection=$(curl -sf "$BASE_URL/api/telemetry/plcs/LINE-P1-PLC" | jq -r .connectionString)
run=BENCH-$RANDOM
echo "bench: $PLCS PLC connections $run-* on $connection, 100 ms scans"
post() { curl -sf -o /dev/null -H 'Content-Type: application/json' -d "$2" "$BASE_URL/$1"; }
for n in $(seq 1 "$PLCS"); do
  code="$run-$n"
  post api/telemetry/plcs "{\"code\":\"$code\",\"name\":\"bench\",\"connectionString\":\"$connection\",\"scanClasses\":\"fast=100\",\"requestTimeoutMillis\":2000}"
  for machine in 0 100; do
    for spec in "state:1:UINT:INT" "speed:2:UINT:INT" "good:3:UDINT:LONG" "reject:5:UDINT:LONG" "total:7:UDINT:LONG" \
                "energy:9:REAL:REAL" "heartbeat:11:UINT:INT" "faults:13:LINT:LONG"; do
      IFS=: read -r name register plcType type <<<"$spec"
      post "api/telemetry/plcs/$code/tags" "{\"name\":\"m$machine.$name\",\"address\":\"holding-register:$((register + machine)):$plcType\",\"dataType\":\"$type\",\"scanClass\":\"fast\"}"
    done
  done
done
tags=$((PLCS * 16))
sql() { psql "$PGURL" -Atqc "$1"; }
sleep 10 # the connector picks the configuration up within its refresh period; let the scans settle
port=${BASE_URL##*:}; port=${port%%/*}
pid=$(ss -ltnpH "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true) # the server's JVM
cpu() { if [ -n "$pid" ]; then awk '{print $14 + $15}' "/proc/$pid/stat"; else echo 0; fi; }
rows0=$(sql "select count(*) from telemetry_sample s join telemetry_tag t on t.id = s.tag_id join telemetry_plc_connection c on c.id = t.plc_connection_id where c.code like '$run-%'")
cpu0=$(cpu); start=$(date +%s.%N)
lags=()
for _ in $(seq 1 "$DURATION"); do
  sleep 1
  lags+=("$(sql "select extract(epoch from now() - max(sampled_at)) * 1000 from telemetry_sample where sampled_at > now() - interval '1 minute'")")
done
end=$(date +%s.%N); cpu1=$(cpu)
rows1=$(sql "select count(*) from telemetry_sample s join telemetry_tag t on t.id = s.tag_id join telemetry_plc_connection c on c.id = t.plc_connection_id where c.code like '$run-%'")
ticks=$(getconf CLK_TCK)
python3 - "$rows0" "$rows1" "$start" "$end" "$cpu0" "$cpu1" "$ticks" "$tags" "${lags[@]}" <<'PY'
import sys
rows0, rows1, start, end, cpu0, cpu1, ticks, tags = map(float, sys.argv[1:9])
lags = sorted(float(x) for x in sys.argv[9:] if x)
seconds = end - start
print(f"tags: {int(tags)} at 10 Hz (report by exception); samples stored: {int(rows1 - rows0)} in {seconds:.1f} s = {(rows1 - rows0) / seconds:.0f} samples/s")
if lags:
    p = lambda q: lags[min(len(lags) - 1, int(q * len(lags)))]
    print(f"ingest lag (now - newest sampledAt, 1 s probes): p50 {p(0.5):.0f} ms, p99 {p(0.99):.0f} ms")
if cpu1 > cpu0:
    print(f"server CPU: {(cpu1 - cpu0) / ticks / seconds * 100:.0f} % of one core")
PY
for n in $(seq 1 "$PLCS"); do
  post "api/telemetry/plcs/$run-$n/disable" '{}' # the server stops polling them
done
