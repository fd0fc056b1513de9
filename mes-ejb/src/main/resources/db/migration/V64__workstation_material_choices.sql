-- Variant choice at execution: where a BOM line consumed at an operation leaves the material to the operator
-- (variant_selection OPERATOR_CHOICE), the operator of each batch operation chooses one of the line's variants before
-- the start, and may correct it until the operation is completed. One row per batch operation and BOM line; who chose
-- and where. The BOM line is named by id without a foreign key: the record of what was used outlives a later edit of
-- the BOM; the material is a part, which is never deleted.

create table mo_material_choice (
    id                  bigint        primary key,
    batch_operation_id  bigint        not null references mo_batch_operation (id) on delete cascade,
    bom_line_id         bigint        not null,
    material_part_id    bigint        not null references part (id),
    chosen_by           varchar(120)  not null,
    kiosk_code          varchar(40),
    chosen_at           timestamptz   not null,
    created_at          timestamptz   not null,
    created_by          varchar(120)  not null,
    updated_at          timestamptz   not null,
    updated_by          varchar(120)  not null,
    version             bigint        not null,
    constraint mo_material_choice_uk unique (batch_operation_id, bom_line_id)
);

create index mo_material_choice_material_ix on mo_material_choice (material_part_id);
