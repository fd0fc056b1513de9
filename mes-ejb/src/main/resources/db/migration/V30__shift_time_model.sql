-- Time model of the shop floor (issue 5): shift patterns per production line with their breaks, the plant
-- calendar (holidays and planned down time), shift assignments of people and production targets per line and
-- shift. Together they give the ISO 22400 planned operation time (POT) and planned busy time (PBT) of any window
-- (org.openmes.shift.model.TimeModel). Versions V30..V39 belong to shifts, downtime and OEE.

-- A shift that repeats on the given weekdays: it starts at start_time (local time of mes.shift.time-zone) and lasts
-- duration_minutes (may run past midnight). A line may have several patterns (early/late/night).
create table shift_pattern (
    id                bigint generated always as identity primary key,
    line_id           bigint        not null references plant_node (id),
    code              varchar(40)   not null,
    name              varchar(120)  not null,
    start_time        time          not null,
    duration_minutes  integer       not null,
    -- ISO weekdays the shift starts on, e.g. '12345' = Monday to Friday
    weekdays          varchar(7)    not null,
    valid_from        date          not null,
    valid_to          date,
    created_at        timestamptz   not null,
    created_by        varchar(120)  not null,
    updated_at        timestamptz   not null,
    updated_by        varchar(120)  not null,
    version           bigint        not null,
    constraint shift_pattern_code_uk unique (line_id, code),
    constraint shift_pattern_duration_ck check (duration_minutes between 1 and 1440),
    constraint shift_pattern_weekdays_ck check (weekdays ~ '^[1-7]{1,7}$'),
    constraint shift_pattern_validity_ck check (valid_to is null or valid_to >= valid_from)
);

-- A planned break of every shift of a pattern, offset_minutes after the shift's start: planned down time.
create table shift_break (
    id                bigint generated always as identity primary key,
    pattern_id        bigint        not null references shift_pattern (id) on delete cascade,
    name              varchar(120)  not null,
    offset_minutes    integer       not null,
    duration_minutes  integer       not null,
    created_at        timestamptz   not null,
    created_by        varchar(120)  not null,
    updated_at        timestamptz   not null,
    updated_by        varchar(120)  not null,
    version           bigint        not null,
    constraint shift_break_offset_ck check (offset_minutes >= 0),
    constraint shift_break_duration_ck check (duration_minutes >= 1)
);
create index shift_break_pattern_ix on shift_break (pattern_id);

-- The plant calendar: a HOLIDAY removes time from operation (POT), a BREAK, MEETING or PLANNED_MAINTENANCE is
-- planned down time within it (POT - PDOT = PBT). node_id is a production line, or a site or area for all its lines.
create table plant_calendar_entry (
    id            bigint generated always as identity primary key,
    node_id       bigint        not null references plant_node (id),
    kind          varchar(30)   not null,
    description   varchar(200)  not null,
    starts_at     timestamptz   not null,
    ends_at       timestamptz   not null,
    created_at    timestamptz   not null,
    created_by    varchar(120)  not null,
    updated_at    timestamptz   not null,
    updated_by    varchar(120)  not null,
    version       bigint        not null,
    constraint plant_calendar_entry_kind_ck check (kind in ('HOLIDAY', 'BREAK', 'MEETING', 'PLANNED_MAINTENANCE')),
    constraint plant_calendar_entry_span_ck check (ends_at > starts_at)
);
create index plant_calendar_entry_node_ix on plant_calendar_entry (node_id, starts_at);

-- Who works a shift: a person (user name) on a shift pattern's shift of a given date.
create table shift_assignment (
    id            bigint generated always as identity primary key,
    pattern_id    bigint        not null references shift_pattern (id),
    shift_date    date          not null,
    person        varchar(120)  not null,
    created_at    timestamptz   not null,
    created_by    varchar(120)  not null,
    updated_at    timestamptz   not null,
    updated_by    varchar(120)  not null,
    version       bigint        not null,
    constraint shift_assignment_uk unique (pattern_id, shift_date, person)
);
create index shift_assignment_person_ix on shift_assignment (person, shift_date);

-- How many good units a line should make in one shift of a pattern, from a date on (the newest valid row counts).
create table production_target (
    id            bigint generated always as identity primary key,
    pattern_id    bigint        not null references shift_pattern (id),
    valid_from    date          not null,
    quantity      numeric(14,3) not null,
    created_at    timestamptz   not null,
    created_by    varchar(120)  not null,
    updated_at    timestamptz   not null,
    updated_by    varchar(120)  not null,
    version       bigint        not null,
    constraint production_target_uk unique (pattern_id, valid_from),
    constraint production_target_quantity_ck check (quantity >= 0)
);
