-- Demand and manufacturing orders: quotes with their lines (draft -> sent -> approved | rejected | expired); the
-- customer order and one manufacturing order per make line that approving a quote creates in one transaction;
-- manufacturing orders (DRAFT -> APPROVED -> RELEASED -> IN_PROGRESS -> COMPLETED -> CLOSED, or CANCELLED) with
-- the operations copied from the part's routing, split into batches that each carry those operations.
-- Rows are numbered from one sequence that hands out blocks of 50 ids (JPA allocation size), so that the many rows
-- of an approval go to the database in JDBC batches. Document numbers (Q-, SO-, MO-) come from their own sequences.
-- The foreign keys to parts are added once the parts tables exist (V62).

-- EclipseLink takes the value nextval returns as the last id of its block of 50, so the first one must be 50
create sequence orders_id_seq start with 50 increment by 50;
create sequence quote_number_seq;
create sequence customer_order_number_seq;
create sequence manufacturing_order_number_seq;

create table quote (
    id            bigint       primary key,
    number        varchar(40)  not null,
    customer_id   bigint       not null references trading_partner (id),
    valid_until   date         not null,
    status        varchar(20)  not null,
    notes         varchar(2000),
    created_at    timestamptz  not null,
    created_by    varchar(120) not null,
    updated_at    timestamptz  not null,
    updated_by    varchar(120) not null,
    version       bigint       not null,
    constraint quote_number_uk unique (number),
    constraint quote_status_ck check (status in ('DRAFT', 'SENT', 'APPROVED', 'REJECTED', 'EXPIRED'))
);

create index quote_customer_ix on quote (customer_id);

create table quote_line (
    id              bigint        primary key,
    quote_id        bigint        not null references quote (id) on delete cascade,
    line_no         integer       not null,
    part_id         bigint        not null,
    quantity        numeric(14,3) not null,
    unit_price      numeric(14,4) not null,
    requested_date  date          not null,
    created_at      timestamptz   not null,
    created_by      varchar(120)  not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(120)  not null,
    version         bigint        not null,
    -- deferred: a draft replaces its lines, and the new line 1 is written before the old one is deleted
    constraint quote_line_no_uk unique (quote_id, line_no) deferrable initially deferred,
    constraint quote_line_no_ck check (line_no > 0),
    constraint quote_line_quantity_ck check (quantity > 0),
    constraint quote_line_price_ck check (unit_price >= 0)
);

create table customer_order (
    id                  bigint       primary key,
    number              varchar(40)  not null,
    customer_id         bigint       not null references trading_partner (id),
    quote_id            bigint       references quote (id),
    customer_po_number  varchar(60),
    status              varchar(20)  not null,
    created_at          timestamptz  not null,
    created_by          varchar(120) not null,
    updated_at          timestamptz  not null,
    updated_by          varchar(120) not null,
    version             bigint       not null,
    constraint customer_order_number_uk unique (number),
    -- a quote becomes at most one order
    constraint customer_order_quote_uk unique (quote_id),
    constraint customer_order_status_ck check (status in ('OPEN'))
);

create index customer_order_customer_ix on customer_order (customer_id);

create table customer_order_line (
    id          bigint        primary key,
    order_id    bigint        not null references customer_order (id) on delete cascade,
    line_no     integer       not null,
    part_id     bigint        not null,
    quantity    numeric(14,3) not null,
    unit_price  numeric(14,4) not null,
    due_date    date          not null,
    created_at  timestamptz   not null,
    created_by  varchar(120)  not null,
    updated_at  timestamptz   not null,
    updated_by  varchar(120)  not null,
    version     bigint        not null,
    constraint customer_order_line_no_uk unique (order_id, line_no),
    constraint customer_order_line_quantity_ck check (quantity > 0),
    constraint customer_order_line_price_ck check (unit_price >= 0)
);

create table manufacturing_order (
    id                      bigint        primary key,
    number                  varchar(40)   not null,
    part_id                 bigint        not null,
    quantity                numeric(14,3) not null,
    due_date                date          not null,
    priority                smallint      not null,
    status                  varchar(20)   not null,
    completed_quantity      numeric(14,3),
    customer_order_line_id  bigint        references customer_order_line (id),
    created_at              timestamptz   not null,
    created_by              varchar(120)  not null,
    updated_at              timestamptz   not null,
    updated_by              varchar(120)  not null,
    version                 bigint        not null,
    constraint manufacturing_order_number_uk unique (number),
    constraint manufacturing_order_quantity_ck check (quantity > 0),
    constraint manufacturing_order_priority_ck check (priority between 1 and 5),
    constraint manufacturing_order_status_ck check (status in
        ('DRAFT', 'APPROVED', 'RELEASED', 'IN_PROGRESS', 'COMPLETED', 'CLOSED', 'CANCELLED')),
    constraint manufacturing_order_completed_ck check ((completed_quantity is not null) = (status in ('COMPLETED', 'CLOSED'))
        and (completed_quantity is null or completed_quantity >= 0))
);

create index manufacturing_order_status_ix on manufacturing_order (status, due_date);
create index manufacturing_order_line_ix on manufacturing_order (customer_order_line_id);

create table mo_operation (
    id                    bigint        primary key,
    mo_id                 bigint        not null references manufacturing_order (id) on delete cascade,
    sequence              integer       not null,
    name                  varchar(120)  not null,
    work_center_id        bigint        not null references plant_node (id),
    setup_minutes         numeric(10,2) not null,
    run_minutes_per_unit  numeric(12,4) not null,
    quality_check         boolean       not null,
    allow_overlap         boolean       not null,
    created_at            timestamptz   not null,
    created_by            varchar(120)  not null,
    updated_at            timestamptz   not null,
    updated_by            varchar(120)  not null,
    version               bigint        not null,
    constraint mo_operation_sequence_uk unique (mo_id, sequence),
    constraint mo_operation_times_ck check (setup_minutes >= 0 and run_minutes_per_unit >= 0)
);

create index mo_operation_work_center_ix on mo_operation (work_center_id);

create table mo_batch (
    id                  bigint        primary key,
    mo_id               bigint        not null references manufacturing_order (id) on delete cascade,
    batch_no            integer       not null,
    quantity            numeric(14,3) not null,
    status              varchar(20)   not null,
    completed_quantity  numeric(14,3),
    created_at          timestamptz   not null,
    created_by          varchar(120)  not null,
    updated_at          timestamptz   not null,
    updated_by          varchar(120)  not null,
    version             bigint        not null,
    -- deferred: a new split writes batch 1 before the old batch 1 is deleted
    constraint mo_batch_no_uk unique (mo_id, batch_no) deferrable initially deferred,
    constraint mo_batch_quantity_ck check (quantity > 0),
    constraint mo_batch_status_ck check (status in ('PLANNED', 'RELEASED', 'IN_PROGRESS', 'COMPLETED')),
    constraint mo_batch_completed_ck check ((completed_quantity is not null) = (status = 'COMPLETED')
        and (completed_quantity is null or completed_quantity between 0 and quantity))
);

create table mo_batch_operation (
    id               bigint        primary key,
    batch_id         bigint        not null references mo_batch (id) on delete cascade,
    operation_id     bigint        not null references mo_operation (id) on delete cascade,
    planned_minutes  numeric(14,2) not null,
    created_at       timestamptz   not null,
    created_by       varchar(120)  not null,
    updated_at       timestamptz   not null,
    updated_by       varchar(120)  not null,
    version          bigint        not null,
    constraint mo_batch_operation_uk unique (batch_id, operation_id),
    constraint mo_batch_operation_minutes_ck check (planned_minutes >= 0)
);

create index mo_batch_operation_operation_ix on mo_batch_operation (operation_id);
