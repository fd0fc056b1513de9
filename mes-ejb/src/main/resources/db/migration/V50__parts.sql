-- Part master (issue 6): one row per revision of a part. Part number and revision are upper case and
-- never change; the pair is unique. Units are the codes of org.openmes.bom.model.UnitOfMeasure.

create table part (
    id               bigint generated always as identity primary key,
    part_number      varchar(40)    not null,
    revision         varchar(10)    not null,
    description      varchar(200)   not null,
    unit_of_measure  varchar(10)    not null,
    make_or_buy      varchar(4)     not null,
    product_family   varchar(60),
    standard_cost    numeric(14,4)  not null,
    status           varchar(10)    not null,
    prototype        boolean        not null default false,

    created_at       timestamptz    not null,
    created_by       varchar(120)   not null,
    updated_at       timestamptz    not null,
    updated_by       varchar(120)   not null,
    version          bigint         not null,

    constraint part_number_revision_uk unique (part_number, revision),
    constraint part_number_ck check (part_number = upper(part_number) and part_number ~ '^[A-Z0-9][A-Z0-9._/-]{0,39}$'),
    constraint part_revision_ck check (revision = upper(revision) and revision ~ '^[A-Z0-9][A-Z0-9.-]{0,9}$'),
    constraint part_description_ck check (btrim(description) <> ''),
    constraint part_unit_ck check (unit_of_measure in ('EA', 'SET', 'KG', 'G', 'M', 'MM', 'M2', 'L', 'ML')),
    constraint part_make_or_buy_ck check (make_or_buy in ('MAKE', 'BUY')),
    constraint part_status_ck check (status in ('ACTIVE', 'OBSOLETE')),
    constraint part_standard_cost_ck check (standard_cost >= 0)
);

-- the part list filters and sorts on these
create index part_description_idx on part (lower(description));
create index part_product_family_idx on part (product_family);
