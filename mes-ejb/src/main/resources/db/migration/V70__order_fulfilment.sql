-- Order fulfilment: a customer order moves OPEN -> READY_TO_SHIP (all its manufacturing completed) ->
-- PARTIALLY_SHIPPED -> SHIPPED (every line shipped in full) through shipments (ship date, carrier, tracking number,
-- quantity per order line); each order line keeps what has been shipped of it, never more than was ordered.
-- Customer purchase orders are recorded against customer orders: PO number unique per customer, PO date, the
-- reference of the document received.

alter table customer_order drop constraint customer_order_status_ck;
alter table customer_order add constraint customer_order_status_ck
    check (status in ('OPEN', 'READY_TO_SHIP', 'PARTIALLY_SHIPPED', 'SHIPPED'));

alter table customer_order_line add column shipped_quantity numeric(14,3) not null default 0;
alter table customer_order_line add constraint customer_order_line_shipped_ck
    check (shipped_quantity >= 0 and shipped_quantity <= quantity);

create sequence shipment_number_seq;

create table shipment (
    id               bigint       primary key,
    number           varchar(40)  not null,
    order_id         bigint       not null references customer_order (id),
    ship_date        date         not null,
    carrier          varchar(120) not null,
    tracking_number  varchar(120),
    created_at       timestamptz  not null,
    created_by       varchar(120) not null,
    updated_at       timestamptz  not null,
    updated_by       varchar(120) not null,
    version          bigint       not null,
    constraint shipment_number_uk unique (number)
);

create index shipment_order_ix on shipment (order_id);

create table shipment_line (
    id             bigint        primary key,
    shipment_id    bigint        not null references shipment (id) on delete cascade,
    order_line_id  bigint        not null references customer_order_line (id),
    quantity       numeric(14,3) not null,
    created_at     timestamptz   not null,
    created_by     varchar(120)  not null,
    updated_at     timestamptz   not null,
    updated_by     varchar(120)  not null,
    version        bigint        not null,
    constraint shipment_line_uk unique (shipment_id, order_line_id),
    constraint shipment_line_quantity_ck check (quantity > 0)
);

create index shipment_line_order_line_ix on shipment_line (order_line_id);

create table customer_purchase_order (
    id                  bigint       primary key,
    order_id            bigint       not null references customer_order (id),
    customer_id         bigint       not null references trading_partner (id),
    po_number           varchar(60)  not null,
    po_date             date         not null,
    document_reference  varchar(500),
    created_at          timestamptz  not null,
    created_by          varchar(120) not null,
    updated_at          timestamptz  not null,
    updated_by          varchar(120) not null,
    version             bigint       not null,
    constraint customer_purchase_order_uk unique (customer_id, po_number)
);

create index customer_purchase_order_order_ix on customer_purchase_order (order_id);
