-- Kiosks and operator badges. A kiosk is a registered device (a thin client's browser) bound to a place of the
-- plant; it is enrolled once with a one-time code and then recognised by a device secret it keeps in a cookie. Only
-- hashes of the code and the secret are stored. Operators sign in at a kiosk with their badge number and PIN; the PIN
-- is stored as a salted PBKDF2 hash (Jakarta Security Pbkdf2PasswordHash), and failed attempts lock the badge.

create table kiosk (
    id                    bigint generated always as identity primary key,
    code                  varchar(40)  not null,
    name                  varchar(120) not null,
    plant_node_id         bigint       references plant_node (id),
    enrolment_code_hash   char(64),
    enrolment_expires_at  timestamptz,
    device_secret_hash    char(64),
    enrolled_at           timestamptz,
    active                boolean      not null default true,
    created_at            timestamptz  not null,
    created_by            varchar(120) not null,
    updated_at            timestamptz  not null,
    updated_by            varchar(120) not null,
    version               bigint       not null,

    constraint kiosk_code_uk unique (code),
    constraint kiosk_code_ck check (code = upper(code) and code ~ '^[A-Z0-9][A-Z0-9._-]{0,39}$'),
    constraint kiosk_name_ck check (btrim(name) <> ''),
    constraint kiosk_enrolment_ck check ((enrolment_code_hash is null) = (enrolment_expires_at is null)),
    constraint kiosk_device_ck check ((device_secret_hash is null) = (enrolled_at is null)),
    constraint kiosk_hashes_ck check (enrolment_code_hash ~ '^[0-9a-f]{64}$' and device_secret_hash ~ '^[0-9a-f]{64}$')
);

create unique index kiosk_enrolment_code_ux on kiosk (enrolment_code_hash) where enrolment_code_hash is not null;
create unique index kiosk_device_secret_ux on kiosk (device_secret_hash) where device_secret_hash is not null;

create table operator_badge (
    id               bigint generated always as identity primary key,
    badge_number     varchar(40)  not null,
    principal_name   varchar(120) not null,
    display_name     varchar(120) not null,
    pin_hash         varchar(400) not null,
    failed_attempts  integer      not null default 0,
    locked_until     timestamptz,
    active           boolean      not null default true,
    created_at       timestamptz  not null,
    created_by       varchar(120) not null,
    updated_at       timestamptz  not null,
    updated_by       varchar(120) not null,
    version          bigint       not null,

    constraint operator_badge_number_uk unique (badge_number),
    constraint operator_badge_principal_uk unique (principal_name),
    constraint operator_badge_number_ck check (badge_number ~ '^[A-Za-z0-9-]{1,40}$'),
    constraint operator_badge_failed_ck check (failed_attempts >= 0)
);
