-- Plant model: the ISA-95 equipment hierarchy (enterprise > site > area > production line / work center
-- > equipment) in one table, one row per node, `level` telling which kind (the JPA discriminator).
-- The service checks every rule first and gives a readable message; these constraints are the last
-- line of defence against anything that bypasses it (a race, a script, a bug). A CHECK passes on NULL,
-- hence the explicit "is not null" wherever a value is required.

create table plant_node (
    id                       bigint generated always as identity primary key,
    level                    varchar(20)   not null,
    -- no cascade: a node with children must never disappear with them; the service refuses such deletes
    parent_id                bigint        references plant_node (id),
    code                     varchar(40)   not null,
    name                     varchar(120)  not null,
    description              varchar(2000),
    active                   boolean       not null default true,

    -- work centers only: capacity as the job-shop planning uses it
    hours_per_day            numeric(5,2),
    efficiency_percent       numeric(5,2),
    max_concurrent_jobs      integer,
    average_setup_minutes    integer,

    -- equipment only: what OEE and maintenance need
    equipment_type           varchar(60),
    criticality              smallint,
    target_speed_per_minute  numeric(12,4),
    ideal_cycle_time_seconds numeric(12,4),

    created_at               timestamptz   not null,
    created_by               varchar(120)  not null,
    updated_at               timestamptz   not null,
    updated_by               varchar(120)  not null,
    version                  bigint        not null,

    constraint plant_node_level_ck
        check (level in ('ENTERPRISE', 'SITE', 'AREA', 'PRODUCTION_LINE', 'WORK_CENTER', 'EQUIPMENT')),
    constraint plant_node_code_ck
        check (code = upper(code) and code ~ '^[A-Z0-9][A-Z0-9._-]{0,39}$'),
    constraint plant_node_name_ck
        check (btrim(name) <> ''),
    -- the enterprise is the only root; which level may hang under which is the service's rule
    constraint plant_node_root_ck
        check ((level = 'ENTERPRISE') = (parent_id is null)),
    constraint plant_node_not_own_parent_ck
        check (parent_id <> id),
    -- codes are unique among siblings; this index also serves every lookup by parent_id (children,
    -- the foreign key check on delete), so there is no separate index on parent_id
    constraint plant_node_sibling_code_uk
        unique (parent_id, code),
    constraint plant_node_capacity_ck check (
        case when level = 'WORK_CENTER' then
                hours_per_day is not null and hours_per_day > 0 and hours_per_day <= 24
            and efficiency_percent is not null and efficiency_percent > 0 and efficiency_percent <= 200
            and max_concurrent_jobs is not null and max_concurrent_jobs between 1 and 1000
            and average_setup_minutes is not null and average_setup_minutes between 0 and 10080
        else
                hours_per_day is null and efficiency_percent is null
            and max_concurrent_jobs is null and average_setup_minutes is null
        end),
    constraint plant_node_equipment_ck check (
        case when level = 'EQUIPMENT' then
                equipment_type is not null and btrim(equipment_type) <> ''
            and criticality is not null and criticality between 1 and 5
            and (target_speed_per_minute is null or target_speed_per_minute > 0)
            and (ideal_cycle_time_seconds is null or ideal_cycle_time_seconds > 0)
        else
                equipment_type is null and criticality is null
            and target_speed_per_minute is null and ideal_cycle_time_seconds is null
        end)
);

-- unique (parent_id, code) does not apply where parent_id is null (nulls are distinct): enterprise codes
-- need their own index
create unique index plant_node_root_code_uk on plant_node (code) where parent_id is null;
