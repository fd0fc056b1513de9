-- When a manufacturing order was released to the shop and when it was completed, for the MO status dashboard
-- (average completion time, on-time delivery). Orders completed before this migration have no times and are left
-- out of those figures rather than given invented ones.

alter table manufacturing_order
    add column released_at  timestamptz,
    add column completed_at timestamptz,
    add constraint manufacturing_order_completed_at_ck check (completed_at is null or status in ('COMPLETED', 'CLOSED')),
    add constraint manufacturing_order_released_at_ck check (released_at is null or status not in ('DRAFT', 'APPROVED')),
    add constraint manufacturing_order_milestones_ck check (completed_at is null or released_at is null or completed_at >= released_at);

-- the dashboard filters by due date (the status index leads with the status)
create index manufacturing_order_due_ix on manufacturing_order (due_date);
-- its bottleneck query looks for the batches still on the shop floor
create index mo_batch_open_ix on mo_batch (mo_id) where status in ('RELEASED', 'IN_PROGRESS');
