-- OEE (ISO 22400-2, issue 5): ideal cycle times per product and equipment, and one record per piece of equipment
-- and minute with the time elements and quantities of that minute, so that the OEE of a line over 30 days reads
-- some 43 200 rows per machine instead of millions of edge events. docs/oee.md states the formulas.

-- The planned run time per unit (PRU) of a product on a piece of equipment; product_code is free text until parts
-- exist. Without a row the equipment's own ideal_cycle_time_seconds (plant model) applies.
create table oee_ideal_cycle_time (
    id                 bigint generated always as identity primary key,
    equipment_id       bigint        not null references plant_node (id),
    product_code       varchar(60)   not null,
    seconds_per_unit   numeric(12,4) not null,
    created_at         timestamptz   not null,
    created_by         varchar(120)  not null,
    updated_at         timestamptz   not null,
    updated_by         varchar(120)  not null,
    version            bigint        not null,
    constraint oee_ideal_cycle_time_uk unique (equipment_id, product_code),
    constraint oee_ideal_cycle_time_ck check (seconds_per_unit > 0)
);

-- Seconds of one minute of one piece of equipment by time element, and the units counted in it. Derived data:
-- oee_rollup recomputes a range from downtime_event and telemetry_edge_event at any time (idempotent upsert).
create table oee_minute (
    equipment_id    bigint           not null,
    minute          timestamptz      not null,
    -- seconds of the minute that have passed (60 except for the running minute)
    elapsed_s       double precision not null,
    producing_s     double precision not null,
    down_s          double precision not null,
    failure_s       double precision not null,
    setup_s         double precision not null,
    planned_stop_s  double precision not null,
    minor_stop_s    double precision not null,
    unknown_s       double precision not null,
    failures        integer          not null,
    minor_stops     integer          not null,
    good_qty        numeric          not null,
    reject_qty      numeric          not null,
    total_qty       numeric          not null,
    constraint oee_minute_pk primary key (equipment_id, minute)
);

-- The same per hour: the sums of an hour's minute records, so that a long window reads whole hours here and only
-- the minutes at the edges of its planned busy time from oee_minute.
create table oee_hour (like oee_minute including defaults);
alter table oee_hour rename column minute to hour;
alter table oee_hour add constraint oee_hour_pk primary key (equipment_id, hour);

-- Recomputes the minutes of [p_from, p_to) of one piece of equipment, then the hours they lie in. A stop still open and shorter than
-- p_minor_threshold counts as a minor stop until it ends; communication loss (COMMS_LOST until COMMS_RESTORED) is
-- unknown time, never down time. Returns the number of minutes of the range. (least/greatest skip nulls, hence the
-- filters on the outer joins' rows.)
create function oee_rollup(p_equipment bigint, p_from timestamptz, p_to timestamptz, p_minor_threshold interval)
returns integer language sql as $$
with clock as (select now() as now),
minutes as (
    select m as m_start, m + interval '1 minute' as m_end
    from generate_series(date_trunc('minute', p_from), p_to - interval '1 microsecond', interval '1 minute') m, clock
    where m <= clock.now
),
stops as (
    select e.started_at, coalesce(e.ended_at, clock.now) as ended_at,
           case when e.minor_stop or (e.ended_at is null and clock.now - e.started_at < p_minor_threshold) then 'MINOR'
                when e.category = 'CHANGEOVER' then 'SETUP'
                when e.category = 'PLANNED' then 'PLANNED'
                else 'DOWN' end as element,
           e.category in ('UNPLANNED', 'MAINTENANCE', 'UNASSIGNED') as failure
    from downtime_event e, clock
    where e.equipment_id = p_equipment and e.started_at < p_to and coalesce(e.ended_at, clock.now) > date_trunc('minute', p_from)
),
gaps as (
    select l.occurred_at as started_at,
           coalesce((select min(r.occurred_at) from telemetry_edge_event r where r.equipment_id = p_equipment
                     and r.signal = 'COMMS' and r.kind = 'COMMS_RESTORED' and r.occurred_at > l.occurred_at),
                    (select now from clock)) as ended_at
    from telemetry_edge_event l
    where l.equipment_id = p_equipment and l.signal = 'COMMS' and l.kind = 'COMMS_LOST' and l.occurred_at < p_to
),
counts as (
    select date_trunc('minute', c.occurred_at) as m_start,
           sum(c.increment) filter (where c.signal = 'GOOD_COUNT') as good,
           sum(c.increment) filter (where c.signal = 'REJECT_COUNT') as reject,
           sum(c.increment) filter (where c.signal = 'TOTAL_COUNT') as total
    from telemetry_edge_event c
    where c.equipment_id = p_equipment and c.kind = 'COUNT' and c.occurred_at >= date_trunc('minute', p_from)
      and c.occurred_at < p_to
      and c.signal in ('GOOD_COUNT', 'REJECT_COUNT', 'TOTAL_COUNT')
    group by 1
),
elements as (
    select m.m_start,
           extract(epoch from least(m.m_end, (select now from clock)) - m.m_start) as elapsed,
           coalesce(sum(extract(epoch from least(s.ended_at, m.m_end) - greatest(s.started_at, m.m_start)))
                    filter (where s.element = 'DOWN'), 0) as down,
           coalesce(sum(extract(epoch from least(s.ended_at, m.m_end) - greatest(s.started_at, m.m_start)))
                    filter (where s.element = 'DOWN' and s.failure), 0) as failure_time,
           coalesce(sum(extract(epoch from least(s.ended_at, m.m_end) - greatest(s.started_at, m.m_start)))
                    filter (where s.element = 'SETUP'), 0) as setup,
           coalesce(sum(extract(epoch from least(s.ended_at, m.m_end) - greatest(s.started_at, m.m_start)))
                    filter (where s.element = 'PLANNED'), 0) as planned,
           coalesce(sum(extract(epoch from least(s.ended_at, m.m_end) - greatest(s.started_at, m.m_start)))
                    filter (where s.element = 'MINOR'), 0) as minor,
           count(*) filter (where s.element = 'DOWN' and s.failure and s.started_at >= m.m_start) as failures,
           count(*) filter (where s.element = 'MINOR' and s.started_at >= m.m_start) as minor_stops
    from minutes m
    left join stops s on s.started_at < m.m_end and s.ended_at > m.m_start
    group by m.m_start, m.m_end
),
unknown as (
    select m.m_start,
           coalesce(sum(extract(epoch from least(g.ended_at, m.m_end) - greatest(g.started_at, m.m_start)))
                    filter (where g.started_at is not null), 0) as unknown
    from minutes m
    left join gaps g on g.started_at < m.m_end and g.ended_at > m.m_start
    group by m.m_start
),
upserted as (
    insert into oee_minute (equipment_id, minute, elapsed_s, producing_s, down_s, failure_s, setup_s, planned_stop_s,
                            minor_stop_s, unknown_s, failures, minor_stops, good_qty, reject_qty, total_qty)
    select p_equipment, e.m_start, e.elapsed,
           greatest(e.elapsed - e.down - e.setup - e.planned - e.minor - u.unknown, 0),
           e.down, e.failure_time, e.setup, e.planned, e.minor, u.unknown, e.failures, e.minor_stops,
           coalesce(c.good, 0), coalesce(c.reject, 0), coalesce(c.total, coalesce(c.good, 0) + coalesce(c.reject, 0))
    from elements e
    join unknown u on u.m_start = e.m_start
    left join counts c on c.m_start = e.m_start
    on conflict (equipment_id, minute) do update set
        elapsed_s = excluded.elapsed_s, producing_s = excluded.producing_s, down_s = excluded.down_s,
        failure_s = excluded.failure_s, setup_s = excluded.setup_s, planned_stop_s = excluded.planned_stop_s,
        minor_stop_s = excluded.minor_stop_s, unknown_s = excluded.unknown_s, failures = excluded.failures,
        minor_stops = excluded.minor_stops, good_qty = excluded.good_qty, reject_qty = excluded.reject_qty,
        total_qty = excluded.total_qty
    returning 1
)
select count(*)::integer from upserted;

insert into oee_hour (equipment_id, hour, elapsed_s, producing_s, down_s, failure_s, setup_s, planned_stop_s, minor_stop_s,
                      unknown_s, failures, minor_stops, good_qty, reject_qty, total_qty)
select p_equipment, date_trunc('hour', m.minute), sum(m.elapsed_s), sum(m.producing_s), sum(m.down_s), sum(m.failure_s),
       sum(m.setup_s), sum(m.planned_stop_s), sum(m.minor_stop_s), sum(m.unknown_s), sum(m.failures), sum(m.minor_stops),
       sum(m.good_qty), sum(m.reject_qty), sum(m.total_qty)
from oee_minute m
where m.equipment_id = p_equipment and m.minute >= date_trunc('hour', p_from)
  and m.minute < date_trunc('hour', p_to - interval '1 microsecond') + interval '1 hour'
group by 2
on conflict (equipment_id, hour) do update set
    elapsed_s = excluded.elapsed_s, producing_s = excluded.producing_s, down_s = excluded.down_s,
    failure_s = excluded.failure_s, setup_s = excluded.setup_s, planned_stop_s = excluded.planned_stop_s,
    minor_stop_s = excluded.minor_stop_s, unknown_s = excluded.unknown_s, failures = excluded.failures,
    minor_stops = excluded.minor_stops, good_qty = excluded.good_qty, reject_qty = excluded.reject_qty,
    total_qty = excluded.total_qty;

select count(*)::integer from oee_minute
where equipment_id = p_equipment and minute >= date_trunc('minute', p_from) and minute < p_to
$$;

-- The sums of the records of machines p_equipment over the whole hours p_hours (from oee_hour) and the minutes
-- p_minutes (from oee_minute) of a window's planned busy time: one index range scan per span and machine. The plan
-- is small whatever the window (a few thousand rows for a line and 30 days), but the planner cannot know how many
-- rows a span holds and would otherwise compile it (JIT) and start parallel workers, which costs more than the query.
create function oee_sums(p_equipment bigint[], p_hours tstzmultirange, p_minutes tstzmultirange)
returns table (machine bigint, sum_elapsed double precision, sum_producing double precision, sum_down double precision,
               sum_failure double precision, sum_setup double precision, sum_planned_stop double precision,
               sum_minor_stop double precision, sum_unknown double precision, sum_failures bigint, sum_minor_stops bigint,
               sum_good numeric, sum_reject numeric, sum_total numeric)
language sql stable
set jit = off
set max_parallel_workers_per_gather = 0
as $$
select r.equipment_id, sum(r.elapsed_s), sum(r.producing_s), sum(r.down_s), sum(r.failure_s), sum(r.setup_s),
       sum(r.planned_stop_s), sum(r.minor_stop_s), sum(r.unknown_s), sum(r.failures), sum(r.minor_stops), sum(r.good_qty),
       sum(r.reject_qty), sum(r.total_qty)
from (select h.* from unnest(p_hours) s
          cross join lateral (select * from oee_hour x where x.equipment_id = any (p_equipment)
                              and x.hour >= lower(s) and x.hour < upper(s)) h
      union all
      select m.* from unnest(p_minutes) s
          cross join lateral (select * from oee_minute x where x.equipment_id = any (p_equipment)
                              and x.minute >= lower(s) and x.minute < upper(s)) m) r
group by r.equipment_id
$$;
