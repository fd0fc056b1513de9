-- Downtime (issue 5): the reason tree, downtime events (automatic from telemetry edge events, or entered by hand
-- for machines without a PLC), their confirmation by a manager's electronic signature, and the tracker's state
-- per piece of equipment that makes the automatic detection idempotent and reconcilable from telemetry_edge_event.

-- Reasons form a tree; every reason has a category, the same as its parent's. Admins edit it.
create table downtime_reason (
    id          bigint generated always as identity primary key,
    parent_id   bigint        references downtime_reason (id),
    code        varchar(40)   not null,
    name        varchar(120)  not null,
    category    varchar(20)   not null,
    active      boolean       not null default true,
    created_at  timestamptz   not null,
    created_by  varchar(120)  not null,
    updated_at  timestamptz   not null,
    updated_by  varchar(120)  not null,
    version     bigint        not null,
    constraint downtime_reason_code_uk unique (code),
    constraint downtime_reason_code_ck check (code = upper(code) and code ~ '^[A-Z0-9][A-Z0-9._-]{0,39}$'),
    constraint downtime_reason_category_ck check (category in ('PLANNED', 'UNPLANNED', 'MAINTENANCE', 'CHANGEOVER',
        'MATERIAL', 'QUALITY', 'UNASSIGNED'))
);

insert into downtime_reason (code, name, category, created_at, created_by, updated_at, updated_by, version) values
    ('PLANNED', 'Planned stop', 'PLANNED', now(), 'system', now(), 'system', 0),
    ('UNPLANNED', 'Breakdown', 'UNPLANNED', now(), 'system', now(), 'system', 0),
    ('MAINTENANCE', 'Maintenance', 'MAINTENANCE', now(), 'system', now(), 'system', 0),
    ('CHANGEOVER', 'Changeover', 'CHANGEOVER', now(), 'system', now(), 'system', 0),
    ('MATERIAL', 'Material shortage', 'MATERIAL', now(), 'system', now(), 'system', 0),
    ('QUALITY', 'Quality problem', 'QUALITY', now(), 'system', now(), 'system', 0);
insert into downtime_reason (parent_id, code, name, category, created_at, created_by, updated_at, updated_by, version)
select r.id, v.code, v.name, r.category, now(), 'system', now(), 'system', 0
from (values ('PLANNED', 'PLANNED-MEETING', 'Team meeting'),
             ('PLANNED', 'PLANNED-CLEANING', 'Planned cleaning'),
             ('UNPLANNED', 'UNPLANNED-JAM', 'Jam'),
             ('UNPLANNED', 'UNPLANNED-ELECTRICAL', 'Electrical fault'),
             ('MAINTENANCE', 'MAINTENANCE-REPAIR', 'Repair'),
             ('CHANGEOVER', 'CHANGEOVER-PRODUCT', 'Product changeover'),
             ('MATERIAL', 'MATERIAL-STARVED', 'Starved: no material from upstream'),
             ('MATERIAL', 'MATERIAL-BLOCKED', 'Blocked: downstream full'),
             ('QUALITY', 'QUALITY-HOLD', 'Quality hold')) as v (parent, code, name)
join downtime_reason r on r.code = v.parent;

-- A stop of a piece of equipment. ended_at is null while it lasts. A stop shorter than
-- mes.downtime.minor-stop-threshold is a minor stop (ISO 22400 delay time), not a downtime event: it keeps no
-- reason and is not listed. category is the reason's, or the fault catalog's, or UNASSIGNED.
create table downtime_event (
    id            bigint generated always as identity primary key,
    equipment_id  bigint        not null references plant_node (id),
    started_at    timestamptz   not null,
    ended_at      timestamptz,
    source        varchar(10)   not null,
    minor_stop    boolean       not null default false,
    category      varchar(20)   not null,
    reason_id     bigint        references downtime_reason (id),
    -- what the PLC said: the PackML state it stopped in, the first fault bit and the catalog's code and text for it
    machine_state integer,
    fault_bit     integer,
    fault_code    varchar(40),
    fault_text    varchar(200),
    comment       varchar(500),
    created_at    timestamptz   not null,
    created_by    varchar(120)  not null,
    updated_at    timestamptz   not null,
    updated_by    varchar(120)  not null,
    version       bigint        not null,
    constraint downtime_event_start_uk unique (equipment_id, started_at),
    constraint downtime_event_span_ck check (ended_at is null or ended_at > started_at),
    constraint downtime_event_source_ck check (source in ('AUTOMATIC', 'MANUAL')),
    constraint downtime_event_category_ck check (category in ('PLANNED', 'UNPLANNED', 'MAINTENANCE', 'CHANGEOVER',
        'MATERIAL', 'QUALITY', 'UNASSIGNED')),
    constraint downtime_event_minor_ck check (not minor_stop or reason_id is null)
);
create index downtime_event_time_ix on downtime_event (equipment_id, started_at desc);
-- at most one open stop per piece of equipment
create unique index downtime_event_open_uk on downtime_event (equipment_id) where ended_at is null;

-- A manager's confirmation: an electronic signature (meaning APPROVED) of the event. The event counts as confirmed
-- while that signature still holds for the event's content (a later split, merge or new reason breaks it).
create table downtime_confirmation (
    id            bigint generated always as identity primary key,
    event_id      bigint        not null references downtime_event (id) on delete cascade,
    signature_id  bigint        not null references electronic_signature (id),
    confirmed_by  varchar(120)  not null,
    confirmed_at  timestamptz   not null,
    constraint downtime_confirmation_uk unique (event_id, signature_id)
);

-- What the automatic detection knows of each piece of equipment (org.openmes.downtime.model.StopDetector.State) and
-- how far it has read telemetry_edge_event: the instants after last_at are applied next, in time order, each once.
create table downtime_tracker (
    equipment_id   bigint       primary key references plant_node (id) on delete cascade,
    producing      boolean,
    machine_state  integer,
    fault_bits     bigint       not null default 0,
    comms_lost     boolean      not null default false,
    last_at        timestamptz
);
