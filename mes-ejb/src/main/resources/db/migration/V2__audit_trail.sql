-- Audit trail: one row per create, update or delete of a business record, appended in the transaction of
-- the change (org.openmes.audit.service.AuditTrail). Rows are never changed: the triggers below refuse
-- UPDATE, DELETE and TRUNCATE, and every row carries the SHA-256 hash of its content chained to the hash
-- of the row before it, so that a row changed or removed with the triggers disabled is detected by the
-- verification (docs/audit.md gives the exact form an auditor can recompute).

create table audit_entry (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null,
    -- who: a user, an operator on kiosk `kiosk`, a technical service account, or the system itself
    actor          varchar(120) not null,
    actor_kind     varchar(20)  not null,
    kiosk          varchar(60),
    action         varchar(10)  not null,
    -- the record: root entity name (PlantNode) and its id
    entity_type    varchar(60)  not null,
    entity_id      varchar(60)  not null,
    -- field path -> {"old": text or null, "new": text or null}
    changes        jsonb        not null,
    reason         varchar(500),
    correlation_id varchar(100),
    previous_hash  char(64)     not null,
    hash           char(64)     not null,

    constraint audit_entry_actor_kind_ck
        check (actor_kind in ('USER', 'OPERATOR', 'SYSTEM', 'SERVICE')),
    -- only an operator works on a kiosk
    constraint audit_entry_kiosk_ck
        check ((kiosk is null) = (actor_kind <> 'OPERATOR')),
    constraint audit_entry_action_ck
        check (action in ('CREATE', 'UPDATE', 'DELETE')),
    constraint audit_entry_changes_ck
        check (jsonb_typeof(changes) = 'object'),
    constraint audit_entry_hash_ck
        check (hash ~ '^[0-9a-f]{64}$' and previous_hash ~ '^[0-9a-f]{64}$'),
    constraint audit_entry_hash_uk
        unique (hash),
    -- the chain cannot fork: two appenders that read the same last hash cannot both commit
    constraint audit_entry_previous_hash_uk
        unique (previous_hash)
);

-- the searches of the trail: by record, by actor, by time; newest (highest id) first
create index audit_entry_record_ix on audit_entry (entity_type, entity_id, id);
create index audit_entry_actor_ix on audit_entry (actor, id);
create index audit_entry_occurred_at_ix on audit_entry (occurred_at);

create function audit_entry_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege',
              hint = 'the audit trail is only ever appended to; see docs/audit.md';
end;
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();

-- TRUNCATE fires no row trigger
create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
