-- Production schedule entries per line and the job assignments that carry them out (org.openmes.execution.model).
-- A schedule entry plans a product (free text until parts exist) in a quantity on one production line in a time
-- window; a job assignment gives an entry to an operator and walks assigned -> accepted -> in_progress ->
-- completed | cancelled, stamping who and when at every step. The rules live in the entities and the service; the
-- ones that must hold under concurrency are constraints here too.

create table execution_schedule_entry (
    id               bigint generated always as identity primary key,
    line_id          bigint        not null references plant_node (id),
    product_code     varchar(60)   not null,
    planned_quantity numeric(14,3) not null,
    planned_start    timestamptz   not null,
    planned_end      timestamptz   not null,
    priority         varchar(10)   not null,
    notes            varchar(2000),
    created_at       timestamptz   not null,
    created_by       varchar(120)  not null,
    updated_at       timestamptz   not null,
    updated_by       varchar(120)  not null,
    version          bigint        not null,
    constraint execution_schedule_entry_product_ck check (btrim(product_code) <> ''),
    constraint execution_schedule_entry_quantity_ck check (planned_quantity > 0),
    constraint execution_schedule_entry_window_ck check (planned_end > planned_start),
    constraint execution_schedule_entry_priority_ck check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT'))
);
create index execution_schedule_entry_line_ix on execution_schedule_entry (line_id, planned_start);

create table execution_job_assignment (
    id                bigint generated always as identity primary key,
    schedule_entry_id bigint        not null references execution_schedule_entry (id),
    -- copied from the schedule entry so that "one running job per line" is a unique index
    line_id           bigint        not null references plant_node (id),
    operator          varchar(120)  not null,
    status            varchar(12)   not null,
    assigned_at       timestamptz   not null,
    assigned_by       varchar(120)  not null,
    accepted_at       timestamptz,
    accepted_by       varchar(120),
    started_at        timestamptz,
    started_by        varchar(120),
    completed_at      timestamptz,
    completed_by      varchar(120),
    cancelled_at      timestamptz,
    cancelled_by      varchar(120),
    cancel_reason     varchar(500),
    good_quantity     numeric(14,3),
    scrap_quantity    numeric(14,3),
    quantity_source   varchar(10),
    created_at        timestamptz   not null,
    created_by        varchar(120)  not null,
    updated_at        timestamptz   not null,
    updated_by        varchar(120)  not null,
    version           bigint        not null,
    constraint execution_job_assignment_operator_ck check (btrim(operator) <> ''),
    constraint execution_job_assignment_status_ck
        check (status in ('ASSIGNED', 'ACCEPTED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
    constraint execution_job_assignment_accepted_ck
        check ((accepted_at is null) = (accepted_by is null)),
    constraint execution_job_assignment_started_ck
        check ((started_at is null) = (started_by is null)
           and (status not in ('IN_PROGRESS', 'COMPLETED') or started_at is not null)),
    constraint execution_job_assignment_completed_ck
        check ((status = 'COMPLETED') = (completed_at is not null)
           and (completed_at is null) = (completed_by is null)
           and (status <> 'COMPLETED' or (good_quantity is not null and scrap_quantity is not null and quantity_source is not null))),
    constraint execution_job_assignment_cancelled_ck
        check ((status = 'CANCELLED') = (cancelled_at is not null)
           and (cancelled_at is null) = (cancelled_by is null)
           and (status <> 'CANCELLED' or btrim(cancel_reason) <> '')),
    constraint execution_job_assignment_quantities_ck check (good_quantity >= 0 and scrap_quantity >= 0),
    constraint execution_job_assignment_source_ck check (quantity_source in ('ENTERED', 'PLC'))
);
-- one running job per line; one open assignment per schedule entry
create unique index execution_job_assignment_running_ux on execution_job_assignment (line_id) where status = 'IN_PROGRESS';
create unique index execution_job_assignment_open_ux on execution_job_assignment (schedule_entry_id)
    where status in ('ASSIGNED', 'ACCEPTED', 'IN_PROGRESS');
create index execution_job_assignment_operator_ix on execution_job_assignment (operator, status);
create index execution_job_assignment_line_ix on execution_job_assignment (line_id, status);
