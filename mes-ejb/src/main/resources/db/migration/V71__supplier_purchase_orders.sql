-- Supplier purchase orders: lines (part, quantity, unit price, due date) and receipts (who, when, quantity per
-- line). Life cycle DRAFT -> SENT -> PARTIALLY_RECEIVED -> RECEIVED -> CLOSED, CANCELLED from DRAFT or SENT;
-- a partially received order may be closed short. Each line keeps what has been received of it, never more than
-- was ordered (over-receipt is refused). No stock is booked: that comes with the inventory module.

create sequence supplier_po_number_seq;

create table supplier_purchase_order (
    id                bigint        primary key,
    number            varchar(40)   not null,
    supplier_id       bigint        not null references trading_partner (id),
    status            varchar(20)   not null,
    notes             varchar(2000),
    sent_at           timestamptz,
    last_received_at  timestamptz,
    created_at        timestamptz   not null,
    created_by        varchar(120)  not null,
    updated_at        timestamptz   not null,
    updated_by        varchar(120)  not null,
    version           bigint        not null,
    constraint supplier_purchase_order_number_uk unique (number),
    constraint supplier_purchase_order_status_ck check (status in
        ('DRAFT', 'SENT', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CLOSED', 'CANCELLED'))
);

create index supplier_purchase_order_supplier_ix on supplier_purchase_order (supplier_id);
create index supplier_purchase_order_status_ix on supplier_purchase_order (status);

create table supplier_po_line (
    id                 bigint        primary key,
    po_id              bigint        not null references supplier_purchase_order (id) on delete cascade,
    line_no            integer       not null,
    part_id            bigint        not null references part (id),
    quantity           numeric(14,3) not null,
    unit_price         numeric(14,4) not null,
    due_date           date          not null,
    received_quantity  numeric(14,3) not null default 0,
    created_at         timestamptz   not null,
    created_by         varchar(120)  not null,
    updated_at         timestamptz   not null,
    updated_by         varchar(120)  not null,
    version            bigint        not null,
    -- deferred: a draft replaces its lines, and the new line 1 is written before the old one is deleted
    constraint supplier_po_line_no_uk unique (po_id, line_no) deferrable initially deferred,
    constraint supplier_po_line_no_ck check (line_no > 0),
    constraint supplier_po_line_quantity_ck check (quantity > 0),
    constraint supplier_po_line_price_ck check (unit_price >= 0),
    constraint supplier_po_line_received_ck check (received_quantity >= 0 and received_quantity <= quantity)
);

create index supplier_po_line_part_ix on supplier_po_line (part_id);

create table supplier_po_receipt (
    id                bigint        primary key,
    po_id             bigint        not null references supplier_purchase_order (id) on delete cascade,
    received_at       timestamptz   not null,
    received_by       varchar(120)  not null,
    delivery_note     varchar(120),
    created_at        timestamptz   not null,
    created_by        varchar(120)  not null,
    updated_at        timestamptz   not null,
    updated_by        varchar(120)  not null,
    version           bigint        not null
);

create index supplier_po_receipt_po_ix on supplier_po_receipt (po_id);

create table supplier_po_receipt_line (
    id          bigint        primary key,
    receipt_id  bigint        not null references supplier_po_receipt (id) on delete cascade,
    po_line_id  bigint        not null references supplier_po_line (id) on delete cascade,
    quantity    numeric(14,3) not null,
    created_at  timestamptz   not null,
    created_by  varchar(120)  not null,
    updated_at  timestamptz   not null,
    updated_by  varchar(120)  not null,
    version     bigint        not null,
    constraint supplier_po_receipt_line_uk unique (receipt_id, po_line_id),
    constraint supplier_po_receipt_line_quantity_ck check (quantity > 0)
);

create index supplier_po_receipt_line_po_line_ix on supplier_po_receipt_line (po_line_id);
