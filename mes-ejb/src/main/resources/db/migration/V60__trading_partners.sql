-- Trading partners: customers (who quotes and orders are for) and suppliers (who purchase orders go to), in one
-- table told apart by `kind` (the JPA discriminator), with their contacts and addresses (for a customer, the
-- ship-to addresses). The entities check every rule first; these constraints are the last line of defence.

create table trading_partner (
    id             bigint generated always as identity primary key,
    kind           varchar(20)  not null,
    code           varchar(40)  not null,
    name           varchar(120) not null,
    email          varchar(254),
    phone          varchar(40),
    payment_terms  varchar(20)  not null,
    active         boolean      not null default true,
    created_at     timestamptz  not null,
    created_by     varchar(120) not null,
    updated_at     timestamptz  not null,
    updated_by     varchar(120) not null,
    version        bigint       not null,

    constraint trading_partner_kind_ck check (kind in ('CUSTOMER', 'SUPPLIER')),
    constraint trading_partner_code_ck check (code = upper(code) and code ~ '^[A-Z0-9][A-Z0-9._-]{0,39}$'),
    constraint trading_partner_name_ck check (btrim(name) <> ''),
    constraint trading_partner_terms_ck
        check (payment_terms in ('PREPAID', 'NET_15', 'NET_30', 'NET_45', 'NET_60', 'NET_90')),
    -- a customer and a supplier may share a code (the same company can be both)
    constraint trading_partner_code_uk unique (kind, code)
);

create table partner_contact (
    id          bigint generated always as identity primary key,
    partner_id  bigint       not null references trading_partner (id) on delete cascade,
    name        varchar(120) not null,
    role        varchar(80),
    email       varchar(254),
    phone       varchar(40),
    created_at  timestamptz  not null,
    created_by  varchar(120) not null,
    updated_at  timestamptz  not null,
    updated_by  varchar(120) not null,
    version     bigint       not null,

    constraint partner_contact_name_ck check (btrim(name) <> '')
);

create index partner_contact_partner_ix on partner_contact (partner_id);

create table partner_address (
    id            bigint generated always as identity primary key,
    partner_id    bigint       not null references trading_partner (id) on delete cascade,
    label         varchar(80)  not null,
    street        varchar(200) not null,
    city          varchar(120) not null,
    postal_code   varchar(20),
    country_code  char(2)      not null,
    created_at    timestamptz  not null,
    created_by    varchar(120) not null,
    updated_at    timestamptz  not null,
    updated_by    varchar(120) not null,
    version       bigint       not null,

    constraint partner_address_label_ck check (btrim(label) <> ''),
    constraint partner_address_street_ck check (btrim(street) <> ''),
    constraint partner_address_city_ck check (btrim(city) <> ''),
    constraint partner_address_country_ck check (country_code ~ '^[A-Z]{2}$'),
    constraint partner_address_label_uk unique (partner_id, label)
);
