-- Quality inspections of batch operations whose routing step has a quality check. The operator's final completion
-- of such an operation leads to AWAITING_INSPECTION instead of COMPLETED; the inspector's verdict (PASS, FAIL,
-- REWORK) is a row of its own with who, when, what was measured and the quantities, and moves the operation on.

alter table mo_batch_operation drop constraint mo_batch_operation_status_ck;
alter table mo_batch_operation add constraint mo_batch_operation_status_ck
    check (status in ('QUEUED', 'IN_PROGRESS', 'PAUSED', 'AWAITING_INSPECTION', 'COMPLETED'));

create table quality_inspection (
    id                  bigint        generated always as identity primary key,
    batch_operation_id  bigint        not null references mo_batch_operation (id) on delete cascade,
    result              varchar(10)   not null,
    -- the good units the operation awaited inspection with; accepted ones pass on, rejected ones were scrapped (FAIL)
    -- or sent back to the operation (REWORK)
    quantity_inspected  numeric(14,3) not null,
    quantity_accepted   numeric(14,3) not null,
    quantity_rejected   numeric(14,3) not null,
    defect_reason       varchar(200),
    measurement         varchar(200),
    notes               varchar(1000),
    inspector           varchar(120)  not null,
    kiosk_code          varchar(60),
    inspected_at        timestamptz   not null,
    created_at          timestamptz   not null,
    created_by          varchar(120)  not null,
    updated_at          timestamptz   not null,
    updated_by          varchar(120)  not null,
    version             bigint        not null,
    constraint quality_inspection_result_ck check (result in ('PASS', 'FAIL', 'REWORK')),
    constraint quality_inspection_quantities_ck check (quantity_inspected > 0 and quantity_accepted >= 0
        and quantity_rejected >= 0 and quantity_accepted + quantity_rejected <= quantity_inspected),
    -- PASS accepts every unit and names no defect; FAIL and REWORK take 1 or more units and name the defect
    constraint quality_inspection_verdict_ck check (case result
        when 'PASS' then quantity_accepted = quantity_inspected and quantity_rejected = 0 and defect_reason is null
        else quantity_accepted = 0 and quantity_rejected > 0 and defect_reason is not null end)
);

-- an inspection is a record of what was found: never changed, never deleted
create trigger quality_inspection_append_only
    before update or delete on quality_inspection
    for each row execute function refuse_change_of_append_only_table();

create index quality_inspection_operation_ix on quality_inspection (batch_operation_id, inspected_at);

-- the QC queue: operations awaiting inspection
create index mo_batch_operation_awaiting_ix on mo_batch_operation (operation_id) where status = 'AWAITING_INSPECTION';
