-- The fault catalog: what bit n (0..63) of a piece of equipment's FAULT_WORD means, for people (code, text), for
-- downtime accounting (category) and for andon (priority). Edge events FAULT_RAISED / FAULT_CLEARED carry the
-- equipment and the bit; org.openmes.telemetry.events.FaultCatalog looks the definition up here.
create table telemetry_fault_definition (
    id                  bigint generated always as identity primary key,
    equipment_id        bigint        not null references plant_node (id),
    bit                 smallint      not null,
    code                varchar(40)   not null,
    text                varchar(200)  not null,
    severity            varchar(20)   not null,
    downtime_category   varchar(20)   not null,
    andon_priority      varchar(20)   not null,
    created_at          timestamptz   not null,
    created_by          varchar(120)  not null,
    updated_at          timestamptz   not null,
    updated_by          varchar(120)  not null,
    version             bigint        not null,
    constraint telemetry_fault_definition_bit_ck check (bit between 0 and 63),
    constraint telemetry_fault_definition_bit_uk unique (equipment_id, bit),
    constraint telemetry_fault_definition_code_uk unique (equipment_id, code),
    constraint telemetry_fault_definition_code_ck check (code = upper(code) and code ~ '^[A-Z0-9][A-Z0-9._-]{0,39}$'),
    constraint telemetry_fault_definition_severity_ck check (severity in ('INFO', 'WARNING', 'STOP', 'CRITICAL')),
    constraint telemetry_fault_definition_category_ck check (downtime_category in ('PLANNED', 'UNPLANNED',
        'MAINTENANCE', 'CHANGEOVER', 'MATERIAL', 'QUALITY')),
    constraint telemetry_fault_definition_priority_ck check (andon_priority in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL'))
);
