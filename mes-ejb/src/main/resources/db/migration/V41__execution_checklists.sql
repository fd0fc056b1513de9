-- Pre-start checklists (org.openmes.execution.model). A template belongs to a production line or a piece of
-- equipment and is versioned: changing it writes a new version and retires the old one, so a checklist filled in
-- against version 3 keeps version 3's items. A job cannot start until, for every current template of its line (the
-- line itself and the equipment under it), a checklist of that job is completed, within limits where an item
-- blocks, and signed electronically.

create table execution_checklist_template (
    id            bigint generated always as identity primary key,
    scope_node_id bigint        not null references plant_node (id),
    template_version integer    not null,
    name          varchar(120)  not null,
    current       boolean       not null,
    created_at    timestamptz   not null,
    created_by    varchar(120)  not null,
    updated_at    timestamptz   not null,
    updated_by    varchar(120)  not null,
    version       bigint        not null,
    constraint execution_checklist_template_name_ck check (btrim(name) <> ''),
    constraint execution_checklist_template_version_ck check (template_version >= 1),
    constraint execution_checklist_template_version_uk unique (scope_node_id, template_version)
);
-- one current version per line or equipment
create unique index execution_checklist_template_current_ux on execution_checklist_template (scope_node_id) where current;

create table execution_checklist_item (
    id            bigint generated always as identity primary key,
    template_id   bigint        not null references execution_checklist_template (id),
    position      integer       not null,
    kind          varchar(10)   not null,
    label         varchar(300)  not null,
    required      boolean       not null,
    min_value     numeric(18,6),
    max_value     numeric(18,6),
    options       varchar(2000),
    on_violation  varchar(10),
    constraint execution_checklist_item_position_uk unique (template_id, position),
    constraint execution_checklist_item_kind_ck check (kind in ('CHECKBOX', 'TEXT', 'NUMBER', 'SELECT', 'PHOTO', 'SIGNATURE')),
    constraint execution_checklist_item_label_ck check (btrim(label) <> ''),
    constraint execution_checklist_item_limits_ck check (kind = 'NUMBER' or (min_value is null and max_value is null)),
    constraint execution_checklist_item_range_ck check (min_value is null or max_value is null or min_value <= max_value),
    constraint execution_checklist_item_options_ck check ((kind = 'SELECT') = (options is not null)),
    constraint execution_checklist_item_violation_ck check (on_violation is null
        or (on_violation in ('BLOCK', 'ANDON') and kind in ('NUMBER', 'CHECKBOX')))
);

create table execution_checklist_completion (
    id            bigint generated always as identity primary key,
    template_id   bigint        not null references execution_checklist_template (id),
    job_id        bigint        not null references execution_job_assignment (id),
    status        varchar(10)   not null,
    -- SHA-256 of the answers in canonical form: the completion's row, and so its signature, covers them
    answers_sha256 char(64),
    completed_at  timestamptz,
    completed_by  varchar(120),
    created_at    timestamptz   not null,
    created_by    varchar(120)  not null,
    updated_at    timestamptz   not null,
    updated_by    varchar(120)  not null,
    version       bigint        not null,
    constraint execution_checklist_completion_status_ck check (status in ('OPEN', 'COMPLETED')),
    constraint execution_checklist_completion_done_ck check ((status = 'COMPLETED') = (completed_at is not null) and (status = 'COMPLETED') = (answers_sha256 is not null)
        and (completed_at is null) = (completed_by is null))
);
-- a job may fill in a checklist again (after answers out of limits were put right): the latest counts
create index execution_checklist_completion_job_ix on execution_checklist_completion (job_id, template_id, id);

create table execution_checklist_answer (
    id                 bigint generated always as identity primary key,
    completion_id      bigint        not null references execution_checklist_completion (id) on delete cascade,
    item_id            bigint        not null references execution_checklist_item (id),
    checked            boolean,
    text_value         varchar(2000),
    number_value       numeric(18,6),
    photo_sha256       char(64),
    photo_content_type varchar(60),
    out_of_limit       boolean       not null,
    constraint execution_checklist_answer_uk unique (completion_id, item_id),
    constraint execution_checklist_answer_photo_ck check ((photo_sha256 is null) = (photo_content_type is null))
);

-- the bytes of photo answers, apart from the answers so that listing checklists never reads them
create table execution_checklist_photo (
    answer_id bigint primary key references execution_checklist_answer (id) on delete cascade,
    content   bytea  not null
);
