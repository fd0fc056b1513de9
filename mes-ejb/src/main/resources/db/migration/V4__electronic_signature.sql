-- Electronic signatures (21 CFR Part 11 style): who signed which record, when (server clock, UTC), with which
-- meaning, after which fresh proof of identity, and the SHA-256 of the record's content at that moment. A signature
-- is never changed or removed (the triggers refuse it); when the record changes later, its content no longer
-- matches the hash and the signature shows as invalidated.

create table electronic_signature (
    id               bigint generated always as identity primary key,
    record_type      varchar(60)  not null,
    record_id        varchar(60)  not null,
    meaning          varchar(20)  not null,
    signer           varchar(120) not null,
    signer_name      varchar(200) not null,
    signer_kind      varchar(20)  not null,
    kiosk            varchar(60),
    signed_at        timestamptz  not null,
    -- how identity was proven at the moment of signing, and when that proof happened
    proof            varchar(30)  not null,
    authenticated_at timestamptz  not null,
    content_hash     char(64)     not null,
    comment          varchar(500),
    created_at       timestamptz  not null,
    created_by       varchar(120) not null,
    updated_at       timestamptz  not null,
    updated_by       varchar(120) not null,
    version          bigint       not null,

    constraint electronic_signature_meaning_ck check (meaning in ('PERFORMED', 'REVIEWED', 'APPROVED')),
    constraint electronic_signature_signer_kind_ck check (signer_kind in ('USER', 'OPERATOR')),
    constraint electronic_signature_kiosk_ck check ((kiosk is null) = (signer_kind <> 'OPERATOR')),
    constraint electronic_signature_proof_ck check (proof in ('IDP_REAUTHENTICATION', 'KIOSK_PIN')),
    constraint electronic_signature_hash_ck check (content_hash ~ '^[0-9a-f]{64}$'),
    constraint electronic_signature_fresh_ck check (authenticated_at <= signed_at + interval '1 minute')
);

create index electronic_signature_record_ix on electronic_signature (record_type, record_id, id);

-- One trigger function for every append-only table from here on; it names the table it guards.
create function refuse_change_of_append_only_table() returns trigger
    language plpgsql as
$$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger electronic_signature_append_only
    before update or delete on electronic_signature
    for each row execute function refuse_change_of_append_only_table();

create trigger electronic_signature_no_truncate
    before truncate on electronic_signature
    for each statement execute function refuse_change_of_append_only_table();
