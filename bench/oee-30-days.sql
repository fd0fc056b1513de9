-- The line of bench/oee-30-days.sh, generated directly in PostgreSQL: :machines machines with 1-second data in
-- [:from, :to) (a good count every second, a reject every 50 s, a stop every 10 minutes: 90 s of breakdown or a 5 s
-- minor stop, a 2-minute communication loss daily), three 8-hour shifts a day (06:00, 14:00, 22:00 in the plant's
-- time zone), each with a 30-minute break after 4 hours, then the minute and hour records rolled up with oee_rollup as
-- the server does. The line goes into the plant's first area and stays there.
--
-- psql variables: run (the line's code, unique, e.g. OEEBENCH-1A2B3C4D), machines, from and to (ISO-8601 instants):
--   psql "$PGURL" -v ON_ERROR_STOP=1 -v run=OEEBENCH-1 -v machines=4 -v from=2026-10-23T13:00:00Z \
--        -v to=2026-11-22T13:00:00Z -f bench/oee-30-days.sql
-- OeeThirtyDaysBenchmark runs this file on the test database, substituting the variables as psql does, one statement
-- at a time: keep one statement per paragraph, ending with ';' at the end of a line, without ';' inside, and casts
-- written cast(… as …) (a '::' would read as a variable there).

-- the line
insert into plant_node (level, parent_id, code, name, created_at, created_by, updated_at, updated_by, version)
select 'PRODUCTION_LINE', id, :'run', 'OEE benchmark line', now(), 'bench', now(), 'bench', 0
from plant_node where level = 'AREA' order by id limit 1;

-- its shifts
insert into shift_pattern (line_id, code, name, start_time, duration_minutes, weekdays, valid_from,
                           created_at, created_by, updated_at, updated_by, version)
select l.id, p.code, p.code, p.start_time, 480, '1234567', cast(:'from' as date) - 1, now(), 'bench', now(), 'bench', 0
from plant_node l, (values ('EARLY', time '06:00'), ('LATE', time '14:00'), ('NIGHT', time '22:00')) p (code, start_time)
where l.code = :'run' and l.level = 'PRODUCTION_LINE';

-- a 30-minute break in each, after 4 hours
insert into shift_break (pattern_id, name, offset_minutes, duration_minutes, created_at, created_by, updated_at, updated_by, version)
select p.id, 'break', 240, 30, now(), 'bench', now(), 'bench', 0
from shift_pattern p join plant_node l on l.id = p.line_id
where l.code = :'run' and l.level = 'PRODUCTION_LINE';

-- its machines
insert into plant_node (level, parent_id, code, name, equipment_type, criticality, target_speed_per_minute,
                        ideal_cycle_time_seconds, created_at, created_by, updated_at, updated_by, version)
select 'EQUIPMENT', l.id, l.code || '-M' || m, 'machine ' || m, 'Filler', 3, 60, 0.9, now(), 'bench', now(), 'bench', 0
from plant_node l, generate_series(1, :machines) m
where l.code = :'run' and l.level = 'PRODUCTION_LINE';

-- a good count every second
insert into telemetry_edge_event (equipment_id, signal, occurred_at, kind, bit, increment)
select e.id, 'GOOD_COUNT', t, 'COUNT', -1, 1
from plant_node l join plant_node e on e.parent_id = l.id,
     generate_series(cast(:'from' as timestamptz), cast(:'to' as timestamptz) - interval '1 second', interval '1 second') t
where l.code = :'run' and l.level = 'PRODUCTION_LINE';

-- a reject every 50 seconds
insert into telemetry_edge_event (equipment_id, signal, occurred_at, kind, bit, increment)
select e.id, 'REJECT_COUNT', t, 'COUNT', -1, 1
from plant_node l join plant_node e on e.parent_id = l.id,
     generate_series(cast(:'from' as timestamptz), cast(:'to' as timestamptz) - interval '1 second', interval '50 seconds') t
where l.code = :'run' and l.level = 'PRODUCTION_LINE';

-- a stop every 10 minutes: a 90 s breakdown, then a 5 s minor stop
insert into downtime_event (equipment_id, started_at, ended_at, source, minor_stop, category,
                            created_at, created_by, updated_at, updated_by, version)
select e.id, g.t, g.t + case when g.n % 2 = 0 then interval '90 seconds' else interval '5 seconds' end, 'AUTOMATIC', g.n % 2 = 1,
       case when g.n % 2 = 0 then 'UNPLANNED' else 'UNASSIGNED' end, now(), 'bench', now(), 'bench', 0
from plant_node l join plant_node e on e.parent_id = l.id,
     generate_series(cast(:'from' as timestamptz) + interval '7 minutes', cast(:'to' as timestamptz) - interval '10 minutes',
                     interval '10 minutes') with ordinality as g (t, n)
where l.code = :'run' and l.level = 'PRODUCTION_LINE';

-- a 2-minute communication loss a day: lost
insert into telemetry_edge_event (equipment_id, signal, occurred_at, kind, bit, reason)
select e.id, 'COMMS', t, 'COMMS_LOST', -1, 'bench'
from plant_node l join plant_node e on e.parent_id = l.id,
     generate_series(cast(:'from' as timestamptz) + interval '3 hours', cast(:'to' as timestamptz), interval '1 day') t
where l.code = :'run' and l.level = 'PRODUCTION_LINE';

-- … and restored
insert into telemetry_edge_event (equipment_id, signal, occurred_at, kind, bit)
select e.id, 'COMMS', t + interval '2 minutes', 'COMMS_RESTORED', -1
from plant_node l join plant_node e on e.parent_id = l.id,
     generate_series(cast(:'from' as timestamptz) + interval '3 hours', cast(:'to' as timestamptz), interval '1 day') t
where l.code = :'run' and l.level = 'PRODUCTION_LINE';

-- the minute and hour records, as the server rolls them up (10 s minor-stop threshold, its default)
select count(oee_rollup(e.id, cast(:'from' as timestamptz), cast(:'to' as timestamptz), interval '10 seconds'))
from plant_node l join plant_node e on e.parent_id = l.id
where l.code = :'run' and l.level = 'PRODUCTION_LINE';

analyze oee_minute;

analyze oee_hour;
