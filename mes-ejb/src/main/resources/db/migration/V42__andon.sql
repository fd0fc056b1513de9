-- Andon calls and their escalation (org.openmes.andon.model). A call is raised on a production line by an operator
-- (maintenance, quality, material, help) or by the system from a machine fault, with a priority; it is acknowledged,
-- then resolved with notes. Escalation rules per priority (and optionally per line; a line's own rules replace the
-- plant-wide ones for that priority) give levels: who is called at each level, and how long the call may wait for
-- an acknowledgement and then for its resolution before it moves up a level. Every step is kept in andon_call_event.
-- The timers that escalate are Liberty's persistent EJB timers (tables MESTIMER_*, created by Liberty).

create table andon_call (
    id                  bigint generated always as identity primary key,
    line_id             bigint        not null references plant_node (id),
    equipment_id        bigint        references plant_node (id),
    kind                varchar(12)   not null,
    priority            varchar(10)   not null,
    source              varchar(10)   not null,
    description         varchar(1000),
    fault_code          varchar(60),
    status              varchar(14)   not null,
    escalation_level    integer       not null,
    -- bumped by every escalation step so that a timer set for an earlier step finds it stale and does nothing
    escalation_sequence integer       not null,
    next_escalation_at  timestamptz,
    raised_at           timestamptz   not null,
    raised_by           varchar(120)  not null,
    acknowledged_at     timestamptz,
    acknowledged_by     varchar(120),
    resolved_at         timestamptz,
    resolved_by         varchar(120),
    resolution_notes    varchar(2000),
    created_at          timestamptz   not null,
    created_by          varchar(120)  not null,
    updated_at          timestamptz   not null,
    updated_by          varchar(120)  not null,
    version             bigint        not null,
    constraint andon_call_kind_ck check (kind in ('MAINTENANCE', 'QUALITY', 'MATERIAL', 'HELP', 'FAULT')),
    constraint andon_call_priority_ck check (priority in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    constraint andon_call_source_ck check (source in ('OPERATOR', 'FAULT', 'CHECKLIST')),
    constraint andon_call_status_ck check (status in ('OPEN', 'ACKNOWLEDGED', 'RESOLVED')),
    constraint andon_call_level_ck check (escalation_level >= 1 and escalation_sequence >= 0),
    constraint andon_call_acknowledged_ck check ((acknowledged_at is null) = (acknowledged_by is null)
        and (status <> 'ACKNOWLEDGED' or acknowledged_at is not null)),
    constraint andon_call_resolved_ck check ((status = 'RESOLVED') = (resolved_at is not null)
        and (resolved_at is null) = (resolved_by is null) and (status <> 'RESOLVED' or btrim(resolution_notes) <> ''))
);
create index andon_call_open_ix on andon_call (line_id, status) where status <> 'RESOLVED';
create index andon_call_raised_ix on andon_call (raised_at);

create table andon_call_event (
    id          bigint generated always as identity primary key,
    call_id     bigint        not null references andon_call (id),
    kind        varchar(14)   not null,
    occurred_at timestamptz   not null,
    actor       varchar(120)  not null,
    level       integer       not null,
    recipients  varchar(1000),
    note        varchar(2000),
    constraint andon_call_event_kind_ck check (kind in ('RAISED', 'ACKNOWLEDGED', 'ESCALATED', 'RESOLVED'))
);
create index andon_call_event_call_ix on andon_call_event (call_id, id);

create table andon_escalation_rule (
    id                          bigint generated always as identity primary key,
    line_id                     bigint        references plant_node (id),
    priority                    varchar(10)   not null,
    level                       integer       not null,
    acknowledge_timeout_seconds integer       not null,
    resolve_timeout_seconds     integer       not null,
    recipients                  varchar(1000) not null,
    created_at                  timestamptz   not null,
    created_by                  varchar(120)  not null,
    updated_at                  timestamptz   not null,
    updated_by                  varchar(120)  not null,
    version                     bigint        not null,
    constraint andon_escalation_rule_priority_ck check (priority in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    constraint andon_escalation_rule_level_ck check (level between 1 and 9),
    constraint andon_escalation_rule_timeouts_ck check (acknowledge_timeout_seconds > 0 and resolve_timeout_seconds > 0),
    constraint andon_escalation_rule_recipients_ck check (btrim(recipients) <> '')
);
create unique index andon_escalation_rule_ux on andon_escalation_rule (coalesce(line_id, 0), priority, level);

-- plant-wide defaults: shift manager first, then production manager, then the plant's admin
insert into andon_escalation_rule (line_id, priority, level, acknowledge_timeout_seconds, resolve_timeout_seconds, recipients,
                                   created_at, created_by, updated_at, updated_by, version)
select null, p.priority, l.level, p.ack * l.level, p.resolve * l.level, l.recipients, now(), 'system', now(), 'system', 0
from (values ('LOW', 1800, 14400), ('MEDIUM', 900, 7200), ('HIGH', 300, 3600), ('CRITICAL', 120, 1800)) as p(priority, ack, resolve)
cross join (values (1, 'role:SHIFT_MANAGER'), (2, 'role:PRODUCTION_MANAGER'), (3, 'role:ADMIN')) as l(level, recipients);
