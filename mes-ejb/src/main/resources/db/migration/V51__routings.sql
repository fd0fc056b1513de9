-- Routings (issue 6): templates of operations and each made part's own routing, copied from a template and
-- edited. Operations sit at work centers of the plant model (plant_node rows of level WORK_CENTER; the
-- level is the service's check). Sequence numbers are unique within their routing.

create table routing_template (
    id           bigint generated always as identity primary key,
    name         varchar(80)   not null,
    description  varchar(500),

    created_at   timestamptz   not null,
    created_by   varchar(120)  not null,
    updated_at   timestamptz   not null,
    updated_by   varchar(120)  not null,
    version      bigint        not null,

    constraint routing_template_name_ck check (btrim(name) <> '')
);
create unique index routing_template_name_uk on routing_template (lower(name));

create table routing_template_operation (
    id                    bigint generated always as identity primary key,
    template_id           bigint        not null references routing_template (id) on delete cascade,
    sequence              integer       not null,
    name                  varchar(120)  not null,
    work_center_id        bigint        not null references plant_node (id),
    setup_minutes         numeric(9,2)  not null,
    run_minutes_per_unit  numeric(12,4) not null,
    quality_check         boolean       not null,
    allow_overlap         boolean       not null,

    created_at            timestamptz   not null,
    created_by            varchar(120)  not null,
    updated_at            timestamptz   not null,
    updated_by            varchar(120)  not null,
    version               bigint        not null,

    constraint routing_template_operation_sequence_uk unique (template_id, sequence),
    constraint routing_template_operation_sequence_ck check (sequence between 1 and 9999),
    constraint routing_template_operation_name_ck check (btrim(name) <> ''),
    constraint routing_template_operation_times_ck check (setup_minutes >= 0 and run_minutes_per_unit >= 0)
);
create index routing_template_operation_work_center_idx on routing_template_operation (work_center_id);

create table part_routing (
    id           bigint generated always as identity primary key,
    -- one routing per part revision
    part_id      bigint        not null unique references part (id),
    -- a copy, not a link: deleting the template leaves the routing as it is
    template_id  bigint        references routing_template (id) on delete set null,

    created_at   timestamptz   not null,
    created_by   varchar(120)  not null,
    updated_at   timestamptz   not null,
    updated_by   varchar(120)  not null,
    version      bigint        not null
);

create table part_routing_operation (
    id                    bigint generated always as identity primary key,
    routing_id            bigint        not null references part_routing (id) on delete cascade,
    sequence              integer       not null,
    name                  varchar(120)  not null,
    work_center_id        bigint        not null references plant_node (id),
    setup_minutes         numeric(9,2)  not null,
    run_minutes_per_unit  numeric(12,4) not null,
    quality_check         boolean       not null,
    allow_overlap         boolean       not null,

    created_at            timestamptz   not null,
    created_by            varchar(120)  not null,
    updated_at            timestamptz   not null,
    updated_by            varchar(120)  not null,
    version               bigint        not null,

    constraint part_routing_operation_sequence_uk unique (routing_id, sequence),
    constraint part_routing_operation_sequence_ck check (sequence between 1 and 9999),
    constraint part_routing_operation_name_ck check (btrim(name) <> ''),
    constraint part_routing_operation_times_ck check (setup_minutes >= 0 and run_minutes_per_unit >= 0)
);
create index part_routing_operation_work_center_idx on part_routing_operation (work_center_id);
