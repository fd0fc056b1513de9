-- Execution at the workstation: each operation of a batch (mo_batch_operation) gets its state
-- (QUEUED -> IN_PROGRESS <-> PAUSED -> COMPLETED) and the good and scrap quantities confirmed so far; every
-- confirmation (start, pause, resume, partial or final completion) is a row of its own with who, where and when.
-- Rows already there are queued with nothing confirmed.

alter table mo_batch_operation
    add column status         varchar(20)   not null default 'QUEUED',
    add column good_quantity  numeric(14,3) not null default 0,
    add column scrap_quantity numeric(14,3) not null default 0,
    add column started_at     timestamptz,
    add column completed_at   timestamptz,
    add constraint mo_batch_operation_status_ck check (status in ('QUEUED', 'IN_PROGRESS', 'PAUSED', 'COMPLETED')),
    add constraint mo_batch_operation_quantities_ck check (good_quantity >= 0 and scrap_quantity >= 0),
    -- a queued operation has neither a start nor quantities; only a completed one has an end
    add constraint mo_batch_operation_started_ck check ((status = 'QUEUED') = (started_at is null)
        and (status <> 'QUEUED' or (good_quantity = 0 and scrap_quantity = 0))),
    add constraint mo_batch_operation_completed_ck check ((status = 'COMPLETED') = (completed_at is not null)
        and (completed_at is null or completed_at >= started_at));

-- the workstation queue: operations not yet completed, by work center through mo_operation
create index mo_batch_operation_open_ix on mo_batch_operation (operation_id) where status <> 'COMPLETED';

-- No operation of a batch confirms more than the batch's quantity (good plus scrap); the rule across operations
-- (no more than the predecessor passed on as good) stays in the entity, which sees both rows under their versions.
create function mo_batch_operation_within_batch() returns trigger language plpgsql as $$
begin
    if new.good_quantity + new.scrap_quantity > (select quantity from mo_batch where id = new.batch_id) then
        raise exception 'mo_batch_operation %: % good and % scrap exceed the quantity of batch %',
            new.id, new.good_quantity, new.scrap_quantity, new.batch_id using errcode = '23514';
    end if;
    return new;
end $$;

create trigger mo_batch_operation_within_batch_tg before insert or update of good_quantity, scrap_quantity
    on mo_batch_operation for each row execute function mo_batch_operation_within_batch();

create table mo_operation_confirmation (
    id                  bigint        primary key,
    batch_operation_id  bigint        not null references mo_batch_operation (id) on delete cascade,
    kind                varchar(20)   not null,
    good_quantity       numeric(14,3),
    scrap_quantity      numeric(14,3),
    operator            varchar(120)  not null,
    kiosk_code          varchar(40),
    -- the workstation: the kiosk's place in the plant (null when confirmed from a desk) and the work center
    workstation_node_id bigint        references plant_node (id),
    work_center_id      bigint        not null references plant_node (id),
    confirmed_at        timestamptz   not null,
    created_at          timestamptz   not null,
    created_by          varchar(120)  not null,
    updated_at          timestamptz   not null,
    updated_by          varchar(120)  not null,
    version             bigint        not null,
    constraint mo_operation_confirmation_kind_ck check (kind in ('START', 'PAUSE', 'RESUME', 'PARTIAL', 'COMPLETE')),
    -- quantities come with the completions only, and are never negative
    constraint mo_operation_confirmation_quantities_ck check (
        (kind in ('PARTIAL', 'COMPLETE')) = (good_quantity is not null and scrap_quantity is not null)
        and (good_quantity is null or (good_quantity >= 0 and scrap_quantity >= 0)))
);

-- a confirmation is a record of what happened: never changed, never deleted
create trigger mo_operation_confirmation_append_only
    before update or delete on mo_operation_confirmation
    for each row execute function refuse_change_of_append_only_table();

create index mo_operation_confirmation_operation_ix on mo_operation_confirmation (batch_operation_id, confirmed_at);
create index mo_operation_confirmation_work_center_ix on mo_operation_confirmation (work_center_id, confirmed_at);
