-- What the MES remembers of the people who signed in (org.openmes.security.service.UserDirectory): per principal
-- name, the groups the identity provider (or the token) gave them at their last sign-in, when the MES first and
-- last saw them. The identity provider owns the accounts and groups; this is the MES's memory of them, so that a
-- role mapped to a corporate group reaches its members (andon notifications to role:<ROLE>). Someone who never
-- signed in to the MES is not in here. Written by the web tier when a signed-in user's groups or the day change,
-- never edited by hand.

create table security_user_directory (
    principal_name varchar(120) primary key,
    groups         text[]       not null,
    first_seen_at  timestamptz  not null,
    last_seen_at   timestamptz  not null,
    constraint security_user_directory_principal_ck check (principal_name = btrim(principal_name) and principal_name <> ''),
    constraint security_user_directory_seen_ck check (last_seen_at >= first_seen_at),
    constraint security_user_directory_groups_ck check (array_position(groups, null) is null)
);
-- the notifications' question: who is in one of these groups (groups && array[...])
create index security_user_directory_groups_ix on security_user_directory using gin (groups);
