-- Bills of materials (issue 6): the components of a part revision, with quantity per, unit, scrap factor,
-- the operation (routing sequence number) at which they are consumed and effective dates; and per line the
-- material variants that may be issued for it. Cycles (a part containing itself at any depth) are refused
-- by the service with a recursive query under a lock; the direct case is refused here too.

create table bom_line (
    id                  bigint generated always as identity primary key,
    parent_part_id      bigint        not null references part (id),
    position            integer       not null,
    component_part_id   bigint        not null references part (id),
    quantity_per        numeric(14,6) not null,
    unit_of_measure     varchar(10)   not null,
    scrap_percent       numeric(5,2)  not null default 0,
    operation_sequence  integer,
    effective_from      date,
    effective_to        date,
    variant_selection   varchar(20)   not null,

    created_at          timestamptz   not null,
    created_by          varchar(120)  not null,
    updated_at          timestamptz   not null,
    updated_by          varchar(120)  not null,
    version             bigint        not null,

    constraint bom_line_position_uk unique (parent_part_id, position),
    constraint bom_line_position_ck check (position between 1 and 9999),
    constraint bom_line_not_itself_ck check (parent_part_id <> component_part_id),
    constraint bom_line_quantity_ck check (quantity_per > 0),
    constraint bom_line_unit_ck check (unit_of_measure in ('EA', 'SET', 'KG', 'G', 'M', 'MM', 'M2', 'L', 'ML')),
    constraint bom_line_scrap_ck check (scrap_percent >= 0 and scrap_percent < 100),
    constraint bom_line_operation_ck check (operation_sequence between 1 and 9999),
    constraint bom_line_effective_ck check (effective_to >= effective_from),
    constraint bom_line_selection_ck check (variant_selection in ('PRIMARY', 'WEIGHTED', 'OPERATOR_CHOICE'))
);
-- where-used walks from components up
create index bom_line_component_idx on bom_line (component_part_id);

create table bom_variant (
    id                bigint generated always as identity primary key,
    line_id           bigint        not null references bom_line (id) on delete cascade,
    material_part_id  bigint        not null references part (id),
    weight_percent    numeric(5,2)  not null,
    is_primary        boolean       not null,

    created_at        timestamptz   not null,
    created_by        varchar(120)  not null,
    updated_at        timestamptz   not null,
    updated_by        varchar(120)  not null,
    version           bigint        not null,

    constraint bom_variant_material_uk unique (line_id, material_part_id),
    constraint bom_variant_weight_ck check (weight_percent between 0 and 100)
);
create index bom_variant_material_idx on bom_variant (material_part_id);
-- "exactly one primary per line" is the entity's rule only: a unique index could not be deferred, and
-- moving the primary flag from one variant to another writes two rows in no guaranteed order
