-- PLC telemetry: configuration (connections, tags, mapping of tags to canonical equipment signals), the
-- time-series of samples (partitioned by day) and each equipment's current signal values.
-- Versions from V20: the numbers below are left to other contexts.

create table telemetry_plc_connection (
    id                  bigint generated always as identity primary key,
    code                varchar(40)   not null,
    name                varchar(120)  not null,
    -- a PLC4X connection string, e.g. modbus-tcp://10.0.0.5:502; the service lets the driver parse it
    connection_string   varchar(1000) not null,
    enabled             boolean       not null default true,
    -- scan classes as "name=period_ms" pairs, e.g. "fast=100,normal=1000,slow=10000"
    scan_classes        varchar(400)  not null,
    request_timeout_ms  integer       not null,
    heartbeat_tag       varchar(80),
    created_at          timestamptz   not null,
    created_by          varchar(120)  not null,
    updated_at          timestamptz   not null,
    updated_by          varchar(120)  not null,
    version             bigint        not null,
    constraint telemetry_plc_connection_code_uk unique (code),
    constraint telemetry_plc_connection_code_ck check (code = upper(code) and code ~ '^[A-Z0-9][A-Z0-9._-]{0,39}$'),
    constraint telemetry_plc_connection_timeout_ck check (request_timeout_ms between 100 and 60000)
);

create table telemetry_tag (
    id                  bigint generated always as identity primary key,
    plc_connection_id   bigint        not null references telemetry_plc_connection (id) on delete cascade,
    name                varchar(80)   not null,
    -- a PLC4X tag address, e.g. holding-register:1:UINT; the service lets the driver parse it
    address             varchar(400)  not null,
    data_type           varchar(20)   not null,
    scale               double precision not null default 1,
    value_offset        double precision not null default 0,
    unit                varchar(20),
    deadband            double precision not null default 0,
    scan_class          varchar(40)   not null,
    created_at          timestamptz   not null,
    created_by          varchar(120)  not null,
    updated_at          timestamptz   not null,
    updated_by          varchar(120)  not null,
    version             bigint        not null,
    constraint telemetry_tag_name_uk unique (plc_connection_id, name),
    constraint telemetry_tag_type_ck check (data_type in ('BOOL', 'INT', 'LONG', 'REAL')),
    constraint telemetry_tag_deadband_ck check (deadband >= 0)
);

create table telemetry_signal_mapping (
    id                  bigint generated always as identity primary key,
    equipment_id        bigint        not null references plant_node (id),
    signal              varchar(20)   not null,
    tag_id              bigint        not null references telemetry_tag (id) on delete cascade,
    created_at          timestamptz   not null,
    created_by          varchar(120)  not null,
    updated_at          timestamptz   not null,
    updated_by          varchar(120)  not null,
    version             bigint        not null,
    constraint telemetry_signal_mapping_uk unique (equipment_id, signal),
    constraint telemetry_signal_mapping_signal_ck check (signal in ('STATE', 'RUNNING', 'SPEED', 'GOOD_COUNT',
        'REJECT_COUNT', 'TOTAL_COUNT', 'FAULT_WORD', 'ENERGY_KWH', 'TEMPERATURE'))
);
create index telemetry_signal_mapping_tag_ix on telemetry_signal_mapping (tag_id);

-- The connector polls this one-row counter to notice configuration changes without a restart; the triggers
-- below bump it on every change, so no code path can forget to.
create table telemetry_config_revision (
    id       smallint primary key default 1 check (id = 1),
    revision bigint   not null
);
insert into telemetry_config_revision (id, revision) values (1, 1);

create function telemetry_bump_config_revision() returns trigger language plpgsql as $$
begin
    update telemetry_config_revision set revision = revision + 1 where id = 1;
    return null;
end $$;

create trigger telemetry_plc_connection_changed after insert or update or delete on telemetry_plc_connection
    for each statement execute function telemetry_bump_config_revision();
create trigger telemetry_tag_changed after insert or update or delete on telemetry_tag
    for each statement execute function telemetry_bump_config_revision();
create trigger telemetry_signal_mapping_changed after insert or update or delete on telemetry_signal_mapping
    for each statement execute function telemetry_bump_config_revision();

-- One row per tag and sample time. The primary key makes a redelivered scan a no-op (ON CONFLICT DO NOTHING).
-- No foreign key to telemetry_tag: history outlives a deleted tag, and a foreign key on a partitioned table
-- would cost every insert a lookup.
create table telemetry_sample (
    tag_id      bigint       not null,
    sampled_at  timestamptz  not null,
    source_at   timestamptz  not null,
    value       numeric,
    quality     varchar(10)  not null,
    reason      varchar(200),
    constraint telemetry_sample_pk primary key (tag_id, sampled_at),
    constraint telemetry_sample_quality_ck check (quality in ('GOOD', 'BAD', 'UNCERTAIN'))
) partition by range (sampled_at);

-- Catches rows outside every daily partition (a PLC clock far off, maintenance that fell behind) instead of
-- refusing them; normally empty.
create table telemetry_sample_default partition of telemetry_sample default;

-- Creates the daily partitions from today until days_ahead days ahead (UTC days); idempotent. Run at
-- migration and hourly by org.openmes.telemetry.ingest.SamplePartitions.
create function telemetry_ensure_sample_partitions(days_ahead integer) returns integer language plpgsql as $$
declare
    day     date;
    created integer := 0;
    name    text;
begin
    for i in 0 .. days_ahead loop
        day := (now() at time zone 'UTC')::date + i;
        name := 'telemetry_sample_' || to_char(day, 'YYYYMMDD');
        if to_regclass(name) is null then
            execute format('create table %I partition of telemetry_sample for values from (%L) to (%L)',
                           name, (day::timestamp at time zone 'UTC'), ((day + 1)::timestamp at time zone 'UTC'));
            created := created + 1;
        end if;
    end loop;
    return created;
end $$;

select telemetry_ensure_sample_partitions(7);

-- The last value of each equipment signal, for dashboards and the edge events to come.
create table telemetry_current_value (
    equipment_id bigint       not null references plant_node (id) on delete cascade,
    signal       varchar(20)  not null,
    tag_id       bigint       not null,
    value        numeric,
    quality      varchar(10)  not null,
    reason       varchar(200),
    sampled_at   timestamptz  not null,
    constraint telemetry_current_value_pk primary key (equipment_id, signal)
);

-- What the connector reports about itself at every refresh (mes.telemetry.config-refresh-seconds): one row per
-- polled PLC, and one row for the connector (store-and-forward journal). Read by /api/telemetry/status and health.
create table telemetry_plc_status (
    plc_code        varchar(40)  primary key,
    connected       boolean      not null,
    last_good_read  timestamptz,
    reconnects      bigint       not null,
    last_error      varchar(500),
    overruns        bigint       not null,
    reported_at     timestamptz  not null
);

create table telemetry_connector_status (
    id              smallint     primary key default 1 check (id = 1),
    journal_depth   integer      not null,
    journal_bytes   bigint       not null,
    scans_lost      bigint       not null,
    reported_at     timestamptz  not null
);

-- Edge events the connector derives from consecutive good values of mapped tags: a fault bit raised or cleared, a
-- state (or running bit) change, a counter increment (roll-over at 2^32 and PLC resets handled). The key makes a
-- redelivered scan a no-op. bit is -1 where there is none.
create table telemetry_edge_event (
    equipment_id bigint       not null references plant_node (id) on delete cascade,
    signal       varchar(20)  not null,
    occurred_at  timestamptz  not null,
    kind         varchar(20)  not null,
    bit          integer      not null,
    tag_id       bigint       not null,
    old_value    numeric,
    new_value    numeric,
    increment    numeric,
    constraint telemetry_edge_event_pk primary key (equipment_id, signal, occurred_at, kind, bit),
    constraint telemetry_edge_event_kind_ck check (kind in ('FAULT_RAISED', 'FAULT_CLEARED', 'STATE_CHANGED', 'COUNT'))
);
