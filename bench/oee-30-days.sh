#!/usr/bin/env bash
# OEE of one line over 30 days of 1-second data. Generates, directly in PostgreSQL, a line of MACHINES machines with
# 30 days of one-second telemetry (a good count every second, a reject every 50 s, a stop every 10 minutes: 90 s of
# breakdown or a 5 s minor stop, a 2-minute comms loss daily) and three 8-hour shifts a day, each with a 30-minute
# break, rolls the data up into the minute and hour records (oee_rollup, as the server does), then times
# GET /api/oee/lines/{id} for the 30 days. SKIP_GENERATE=<line id> times an existing line again.
#
#   ./mvnw -Prun                                               # terminal 1 (prints the database URL)
#   PGURL=postgresql://postgres@localhost:<port>/mes bench/oee-30-days.sh
#   MACHINES=8 RUNS=20 PGURL=... BASE_URL=http://localhost:9080 TOKEN=<bearer> bench/oee-30-days.sh
# Without TOKEN it times the service's SQL (oee_sums over the planned busy time) with psql instead of the endpoint.
# It leaves its line (OEEBENCH-<random>) behind. Only aim it at your own database.
set -euo pipefail
MACHINES=${MACHINES:-4}
DAYS=${DAYS:-30}
RUNS=${RUNS:-10}
BASE_URL=${BASE_URL:-http://localhost:9080}
: "${PGURL:?set PGURL to the database, e.g. postgresql://postgres@localhost:PORT/mes (the run command prints the port)}"
command -v psql >/dev/null || { echo "bench: psql is not installed (apt-get install postgresql-client)" >&2; exit 2; }
sql() { psql "$PGURL" -v ON_ERROR_STOP=1 -Atqc "$1"; }
run=OEEBENCH-$RANDOM
to=$(date -u +%Y-%m-%dT%H:00:00Z)
from=$(date -u -d "$to - $DAYS days" +%Y-%m-%dT%H:%M:%SZ)
if [ -n "${SKIP_GENERATE:-}" ]; then
  line=$SKIP_GENERATE
  echo "bench: timing line $line again, $DAYS days up to $to"
else
echo "bench: line $run with $MACHINES machines, $DAYS days of 1 s data up to $to"

area=$(sql "select id from plant_node where level = 'AREA' order by id limit 1")
line=$(sql "insert into plant_node (level, parent_id, code, name, created_at, created_by, updated_at, updated_by, version)
            values ('PRODUCTION_LINE', $area, '$run', 'OEE benchmark line', now(), 'bench', now(), 'bench', 0) returning id")
pattern() { # code start
  sql "insert into shift_pattern (line_id, code, name, start_time, duration_minutes, weekdays, valid_from, created_at, created_by, updated_at, updated_by, version)
       values ($line, '$1', '$1', '$2', 480, '1234567', date '$from' - 1, now(), 'bench', now(), 'bench', 0) returning id" >/dev/null
  sql "insert into shift_break (pattern_id, name, offset_minutes, duration_minutes, created_at, created_by, updated_at, updated_by, version)
       select id, 'break', 240, 30, now(), 'bench', now(), 'bench', 0 from shift_pattern where line_id = $line and code = '$1'" >/dev/null
}
pattern EARLY 06:00; pattern LATE 14:00; pattern NIGHT 22:00

start=$(date +%s.%N)
for m in $(seq 1 "$MACHINES"); do
  eq=$(sql "insert into plant_node (level, parent_id, code, name, equipment_type, criticality, target_speed_per_minute, ideal_cycle_time_seconds,
                                    created_at, created_by, updated_at, updated_by, version)
            values ('EQUIPMENT', $line, '$run-M$m', 'machine $m', 'Filler', 3, 60, 0.9, now(), 'bench', now(), 'bench', 0) returning id")
  psql "$PGURL" -v ON_ERROR_STOP=1 -q <<SQL
insert into telemetry_edge_event (equipment_id, signal, occurred_at, kind, bit, increment)
select $eq, 'GOOD_COUNT', t, 'COUNT', -1, 1 from generate_series(timestamptz '$from', timestamptz '$to' - interval '1 second', interval '1 second') t;
insert into telemetry_edge_event (equipment_id, signal, occurred_at, kind, bit, increment)
select $eq, 'REJECT_COUNT', t, 'COUNT', -1, 1 from generate_series(timestamptz '$from', timestamptz '$to' - interval '1 second', interval '50 seconds') t;
insert into downtime_event (equipment_id, started_at, ended_at, source, minor_stop, category, created_at, created_by, updated_at, updated_by, version)
select $eq, t, t + case when n % 2 = 0 then interval '90 seconds' else interval '5 seconds' end, 'AUTOMATIC', n % 2 = 1,
       case when n % 2 = 0 then 'UNPLANNED' else 'UNASSIGNED' end, now(), 'bench', now(), 'bench', 0
from generate_series(timestamptz '$from' + interval '7 minutes', timestamptz '$to' - interval '10 minutes', interval '10 minutes') with ordinality as g (t, n);
insert into telemetry_edge_event (equipment_id, signal, occurred_at, kind, bit, reason)
select $eq, 'COMMS', t, 'COMMS_LOST', -1, 'bench' from generate_series(timestamptz '$from' + interval '3 hours', timestamptz '$to', interval '1 day') t;
insert into telemetry_edge_event (equipment_id, signal, occurred_at, kind, bit)
select $eq, 'COMMS', t + interval '2 minutes', 'COMMS_RESTORED', -1 from generate_series(timestamptz '$from' + interval '3 hours', timestamptz '$to', interval '1 day') t;
select oee_rollup($eq, timestamptz '$from', timestamptz '$to', interval '10 seconds');
SQL
done
end=$(date +%s.%N)
events=$(sql "select count(*) from telemetry_edge_event e join plant_node n on n.id = e.equipment_id where n.parent_id = $line")
minutes=$(sql "select count(*) from oee_minute m join plant_node n on n.id = m.equipment_id where n.parent_id = $line")
echo "bench: $events edge events and $minutes minute records generated and rolled up in $(python3 -c "print(round($end - $start, 1))") s"
sql "analyze oee_minute" >/dev/null
sql "analyze oee_hour" >/dev/null
fi

if [ -n "${TOKEN:-}" ]; then
  url="$BASE_URL/api/oee/lines/$line?from=$from&to=$to"
  curl -sf -H "Authorization: Bearer $TOKEN" "$url" -o /tmp/oee-bench.json
  python3 -c "import json; d=json.load(open('/tmp/oee-bench.json')); f=d['figures']; print('bench: OEE', round(f['oee'], 4), 'availability', round(f['availability'], 4), 'PBT', d['pbtSeconds'], 's')"
  times=()
  for _ in $(seq 1 "$RUNS"); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $TOKEN" "$url")")
  done
  label="GET /api/oee/lines/$line (30 days)"
else
  # what the service runs (OeeService.sums → oee_sums): whole busy hours from oee_hour, the busy minutes at their
  # edges from oee_minute, each as one multirange; 3 shifts a day, each with a 30-minute break after 4 hours
  read -r hours minutes < <(python3 - "$from" "$to" <<'PY'
import sys, datetime as d
f = d.datetime.fromisoformat(sys.argv[1].replace('Z', '+00:00')); t = d.datetime.fromisoformat(sys.argv[2].replace('Z', '+00:00'))
day = (f - d.timedelta(days=1)).replace(hour=0, minute=0, second=0)
hours, minutes = [], []
iso = lambda x: x.strftime('%Y-%m-%dT%H:%M:%SZ')
def span(out, a, b):
    if a < b:
        out.append(f"[{iso(a)},{iso(b)})")
while day < t:
    for h in (6, 14, 22):
        s = day + d.timedelta(hours=h)
        for a, b in ((s, s + d.timedelta(hours=4)), (s + d.timedelta(hours=4, minutes=30), s + d.timedelta(hours=8))):
            a, b = max(a, f), min(b, t)
            if a >= b:
                continue
            first = a.replace(minute=0, second=0) + (d.timedelta(hours=1) if (a.minute or a.second) else d.timedelta())
            end = b.replace(minute=0, second=0)
            if first < end:
                span(hours, first, end); span(minutes, a, first); span(minutes, end, b)
            else:
                span(minutes, a, b)
    day += d.timedelta(days=1)
print("{" + ",".join(hours) + "}", "{" + ",".join(minutes) + "}")
PY
)
  machines=$(sql "select string_agg(id::text, ',') from plant_node where parent_id = $line")
  query="select * from oee_sums(cast('{$machines}' as bigint[]), cast('$hours' as tstzmultirange), cast('$minutes' as tstzmultirange))"
  # one session, psql's own timing (client round trip, without connection set-up)
  mapfile -t times < <( { echo '\timing on'; for _ in $(seq 1 "$RUNS"); do echo "$query;"; done; } \
    | psql "$PGURL" -v ON_ERROR_STOP=1 -Atq | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | awk '{ print $1 / 1000 }')
  label="sums of the line's hour and minute records over 30 days of planned busy time (psql \\timing)"
fi
python3 - "$label" "${times[@]}" <<'PY'
import sys
label, times = sys.argv[1], sorted(float(x) * 1000 for x in sys.argv[2:])
p = lambda q: times[min(len(times) - 1, int(q * len(times)))]
print(f"{label}: {len(times)} runs, p50 {p(0.5):.1f} ms, p95 {p(0.95):.1f} ms, max {times[-1]:.1f} ms")
PY
