-- Andon notifications (org.openmes.andon.notify) and the contact details they go to (org.openmes.security.model).
--
-- security_user_contact: how to reach a person the MES knows by principal name (the name they sign in with). The
-- identity provider owns accounts, passwords and groups; the MES keeps only where to send andon messages. Edited by
-- an administrator (user.manage).
--
-- andon_notification: the outbox. When a call is raised, or moves up a level, one row per person called at that
-- level and channel (EMAIL, SMS) is written in the same transaction as the step; a sender delivers the rows after
-- the commit and retries failed ones. A row is unique per call, level, recipient and channel, so a notification is
-- written once however often a step is replayed; SENT rows are never sent again. Where nobody can be reached (no
-- address on record, a role or shift with nobody in it) the row is FAILED at once with the reason, so the call's
-- history shows who was not told.

create table security_user_contact (
    id             bigint generated always as identity primary key,
    principal_name varchar(120) not null,
    email          varchar(254),
    phone          varchar(32),
    created_at     timestamptz  not null,
    created_by     varchar(120) not null,
    updated_at     timestamptz  not null,
    updated_by     varchar(120) not null,
    version        bigint       not null,
    constraint security_user_contact_principal_ck check (principal_name = btrim(principal_name) and principal_name <> ''),
    constraint security_user_contact_email_ck check (email is null or email ~ '^[^@\s]+@[^@\s]+$'),
    constraint security_user_contact_phone_ck check (phone is null or phone ~ '^\+?[0-9]{3,20}$'),
    constraint security_user_contact_uk unique (principal_name)
);

create table andon_notification (
    id              bigint generated always as identity primary key,
    call_id         bigint        not null references andon_call (id),
    level           integer       not null,
    -- the person's principal name, or the rule's recipient (role:…, shift:…) that named nobody
    recipient       varchar(120)  not null,
    channel         varchar(5)    not null,
    address         varchar(254),
    status          varchar(7)    not null,
    attempts        integer       not null,
    last_error      varchar(2000),
    created_at      timestamptz   not null,
    next_attempt_at timestamptz,
    sent_at         timestamptz,
    version         bigint        not null,
    constraint andon_notification_channel_ck check (channel in ('EMAIL', 'SMS')),
    constraint andon_notification_status_ck check (status in ('PENDING', 'SENT', 'FAILED')),
    constraint andon_notification_attempts_ck check (attempts >= 0 and level >= 1),
    constraint andon_notification_sent_ck check ((status = 'SENT') = (sent_at is not null)),
    constraint andon_notification_failed_ck check (status <> 'FAILED' or btrim(last_error) <> ''),
    constraint andon_notification_uk unique (call_id, level, recipient, channel)
);
-- the sender's question: what is due now
create index andon_notification_due_ix on andon_notification (next_attempt_at) where status <> 'SENT';
