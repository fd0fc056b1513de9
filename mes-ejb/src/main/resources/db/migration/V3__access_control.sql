-- Access control: the roles of the plant, the permission catalogue, what each role is granted, which corporate
-- groups mean which roles, and roles assigned to principals in the MES itself (org.openmes.security.model).
-- Roles and permissions are fixed by the code (enums MesRole and Permission; AccessCatalogueMigrationTest keeps
-- this file and the enums in step); grants, group mappings and assignments are data an administrator edits.
-- Every edited table carries the audit stamps and version of AuditedEntity.

create table security_permission (
    code            varchar(60)  primary key,
    bounded_context varchar(40)  not null,
    description     varchar(300) not null,
    constraint security_permission_code_ck check (code ~ '^[a-z]+(\.[a-z]+)+$'),
    constraint security_permission_context_ck check (bounded_context ~ '^[a-z]+$'),
    constraint security_permission_description_ck check (btrim(description) <> '')
);

create table security_role (
    code        varchar(40)  primary key,
    name        varchar(80)  not null,
    description varchar(300) not null,
    created_at  timestamptz  not null,
    created_by  varchar(120) not null,
    updated_at  timestamptz  not null,
    updated_by  varchar(120) not null,
    version     bigint       not null,
    constraint security_role_code_ck check (code ~ '^[A-Z][A-Z_]*$'),
    constraint security_role_name_ck check (btrim(name) <> '')
);

-- roles and permissions are never deleted while granted: no cascades
create table security_role_permission (
    id              bigint generated always as identity primary key,
    role_code       varchar(40)  not null references security_role (code),
    permission_code varchar(60)  not null references security_permission (code),
    created_at      timestamptz  not null,
    created_by      varchar(120) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(120) not null,
    version         bigint       not null,
    constraint security_role_permission_uk unique (role_code, permission_code)
);

-- group names as the identity provider sends them (Liberty: the <name> of group:<realm>/<name>); case matters
create table security_group_mapping (
    id          bigint generated always as identity primary key,
    group_name  varchar(200) not null,
    role_code   varchar(40)  not null references security_role (code),
    created_at  timestamptz  not null,
    created_by  varchar(120) not null,
    updated_at  timestamptz  not null,
    updated_by  varchar(120) not null,
    version     bigint       not null,
    constraint security_group_mapping_name_ck check (group_name = btrim(group_name) and group_name <> ''),
    constraint security_group_mapping_uk unique (group_name, role_code)
);

-- who assigned and when: created_by / created_at; why: reason
create table security_role_assignment (
    id             bigint generated always as identity primary key,
    principal_name varchar(120) not null,
    role_code      varchar(40)  not null references security_role (code),
    reason         varchar(500) not null,
    created_at     timestamptz  not null,
    created_by     varchar(120) not null,
    updated_at     timestamptz  not null,
    updated_by     varchar(120) not null,
    version        bigint       not null,
    constraint security_role_assignment_principal_ck check (principal_name = btrim(principal_name) and principal_name <> ''),
    constraint security_role_assignment_reason_ck check (btrim(reason) <> ''),
    constraint security_role_assignment_uk unique (principal_name, role_code)
);
create index security_role_assignment_role_ix on security_role_assignment (role_code);
create index security_group_mapping_role_ix on security_group_mapping (role_code);

insert into security_permission (code, bounded_context, description) values
    ('plant.view', 'plant', 'See the plant model: enterprises, sites, areas, lines, work centers, equipment'),
    ('plant.edit', 'plant', 'Create, change, move, deactivate and delete nodes of the plant model'),
    ('order.view', 'orders', 'See production orders and their status'),
    ('order.edit', 'orders', 'Create and change production orders'),
    ('order.approve', 'orders', 'Approve production orders for planning'),
    ('mo.release', 'orders', 'Release manufacturing orders to the shop floor'),
    ('schedule.view', 'scheduling', 'See the production schedule'),
    ('schedule.edit', 'scheduling', 'Sequence and reschedule work on work centers'),
    ('job.view', 'execution', 'See dispatch lists and jobs'),
    ('job.assign', 'execution', 'Assign jobs to operators and work centers'),
    ('job.execute', 'execution', 'Start, pause and complete jobs, report quantities'),
    ('checklist.edit', 'execution', 'Write and change checklist templates'),
    ('checklist.complete', 'execution', 'Fill in and complete checklists'),
    ('downtime.view', 'downtime', 'See downtime events and their causes'),
    ('downtime.record', 'downtime', 'Record downtime and its reason'),
    ('downtime.confirm', 'downtime', 'Confirm or correct recorded downtime'),
    ('andon.raise', 'andon', 'Raise an andon call'),
    ('andon.resolve', 'andon', 'Acknowledge, escalate and resolve andon calls'),
    ('quality.view', 'quality', 'See inspections, results and nonconformances'),
    ('quality.inspect', 'quality', 'Record inspections and test results'),
    ('quality.disposition', 'quality', 'Decide the disposition of nonconforming material'),
    ('report.view', 'reporting', 'See reports and the results of report jobs'),
    ('report.generate', 'reporting', 'Run report and batch jobs'),
    ('telemetry.view', 'telemetry', 'See machine signals and their history'),
    ('telemetry.configure', 'telemetry', 'Configure PLC connections, tags and scan classes'),
    ('oee.view', 'oee', 'See OEE figures and losses'),
    ('maintenance.view', 'maintenance', 'See maintenance work orders and plans'),
    ('maintenance.plan', 'maintenance', 'Create maintenance work orders and preventive plans'),
    ('maintenance.execute', 'maintenance', 'Carry out and close maintenance work'),
    ('inventory.view', 'inventory', 'See stock and material movements'),
    ('inventory.edit', 'inventory', 'Book material movements and stock corrections'),
    ('bom.view', 'bom', 'See bills of materials'),
    ('bom.edit', 'bom', 'Create and change bills of materials'),
    ('routing.view', 'routing', 'See routings and work instructions'),
    ('routing.edit', 'routing', 'Create and change routings and work instructions'),
    ('prototype.edit', 'prototype', 'Run prototype builds and record their findings'),
    ('prototype.approve', 'prototype', 'Approve a prototype for series production'),
    ('user.manage', 'security', 'Assign roles to people and technical accounts'),
    ('role.manage', 'security', 'Change what roles may do and map corporate groups to roles'),
    ('kiosk.manage', 'security', 'Register kiosks, manage badges and PINs'),
    ('signature.sign', 'security', 'Sign records electronically'),
    ('audit.read', 'audit', 'Search the audit trail and verify its chain'),
    ('erp.integrate', 'integration', 'Exchange orders, confirmations and master data with the ERP');

insert into security_role (code, name, description, created_at, created_by, updated_at, updated_by, version)
select r.code, r.name, r.description, now(), 'system', now(), 'system', 0
from (values
    ('ADMIN', 'Administrator', 'Runs the MES: users, roles, kiosks, configuration; may do everything'),
    ('PRODUCTION_MANAGER', 'Production manager', 'Owns output of the plant: approves orders, releases work, reviews reports'),
    ('SHIFT_MANAGER', 'Shift manager', 'Supervises a shift: assigns jobs, confirms downtime, resolves andon calls'),
    ('PLANNER', 'Planner', 'Production planning and scheduling (PPIC): orders, schedules, material'),
    ('ENGINEER', 'Engineer', 'Process and industrial engineering: plant model, BOMs, routings, checklists, telemetry'),
    ('MAINTENANCE', 'Maintenance technician', 'Keeps equipment running: maintenance work, downtime causes'),
    ('QUALITY', 'Quality inspector', 'Inspections, dispositions, audit trail'),
    ('OPERATOR', 'Operator', 'Runs jobs on the shop floor, mostly on a kiosk'),
    ('VIEWER', 'Viewer', 'Reads everything that is not administration; changes nothing'),
    ('ERP_SYSTEM', 'ERP system', 'Technical account of the ERP: order and integration APIs only')
) as r (code, name, description);

-- Default grants. The administrator is granted everything; VIEWER reads only; ERP_SYSTEM reaches the order and
-- integration APIs only. docs/security.md shows them as a table.
insert into security_role_permission (role_code, permission_code, created_at, created_by, updated_at, updated_by, version)
select 'ADMIN', code, now(), 'system', now(), 'system', 0 from security_permission;

insert into security_role_permission (role_code, permission_code, created_at, created_by, updated_at, updated_by, version)
select g.role_code, g.permission_code, now(), 'system', now(), 'system', 0
from (values
    -- VIEWER
    ('VIEWER', 'plant.view'),
    ('VIEWER', 'order.view'),
    ('VIEWER', 'schedule.view'),
    ('VIEWER', 'job.view'),
    ('VIEWER', 'downtime.view'),
    ('VIEWER', 'quality.view'),
    ('VIEWER', 'report.view'),
    ('VIEWER', 'telemetry.view'),
    ('VIEWER', 'oee.view'),
    ('VIEWER', 'maintenance.view'),
    ('VIEWER', 'inventory.view'),
    ('VIEWER', 'bom.view'),
    ('VIEWER', 'routing.view'),
    -- OPERATOR
    ('OPERATOR', 'plant.view'),
    ('OPERATOR', 'order.view'),
    ('OPERATOR', 'job.view'),
    ('OPERATOR', 'job.execute'),
    ('OPERATOR', 'checklist.complete'),
    ('OPERATOR', 'downtime.view'),
    ('OPERATOR', 'downtime.record'),
    ('OPERATOR', 'andon.raise'),
    ('OPERATOR', 'quality.view'),
    ('OPERATOR', 'telemetry.view'),
    ('OPERATOR', 'oee.view'),
    ('OPERATOR', 'routing.view'),
    ('OPERATOR', 'bom.view'),
    ('OPERATOR', 'signature.sign'),
    -- SHIFT_MANAGER
    ('SHIFT_MANAGER', 'plant.view'),
    ('SHIFT_MANAGER', 'order.view'),
    ('SHIFT_MANAGER', 'schedule.view'),
    ('SHIFT_MANAGER', 'job.view'),
    ('SHIFT_MANAGER', 'downtime.view'),
    ('SHIFT_MANAGER', 'quality.view'),
    ('SHIFT_MANAGER', 'report.view'),
    ('SHIFT_MANAGER', 'telemetry.view'),
    ('SHIFT_MANAGER', 'oee.view'),
    ('SHIFT_MANAGER', 'maintenance.view'),
    ('SHIFT_MANAGER', 'inventory.view'),
    ('SHIFT_MANAGER', 'bom.view'),
    ('SHIFT_MANAGER', 'routing.view'),
    ('SHIFT_MANAGER', 'job.assign'),
    ('SHIFT_MANAGER', 'job.execute'),
    ('SHIFT_MANAGER', 'checklist.complete'),
    ('SHIFT_MANAGER', 'downtime.record'),
    ('SHIFT_MANAGER', 'downtime.confirm'),
    ('SHIFT_MANAGER', 'andon.raise'),
    ('SHIFT_MANAGER', 'andon.resolve'),
    ('SHIFT_MANAGER', 'quality.inspect'),
    ('SHIFT_MANAGER', 'report.generate'),
    ('SHIFT_MANAGER', 'signature.sign'),
    -- PRODUCTION_MANAGER
    ('PRODUCTION_MANAGER', 'plant.view'),
    ('PRODUCTION_MANAGER', 'order.view'),
    ('PRODUCTION_MANAGER', 'schedule.view'),
    ('PRODUCTION_MANAGER', 'job.view'),
    ('PRODUCTION_MANAGER', 'downtime.view'),
    ('PRODUCTION_MANAGER', 'quality.view'),
    ('PRODUCTION_MANAGER', 'report.view'),
    ('PRODUCTION_MANAGER', 'telemetry.view'),
    ('PRODUCTION_MANAGER', 'oee.view'),
    ('PRODUCTION_MANAGER', 'maintenance.view'),
    ('PRODUCTION_MANAGER', 'inventory.view'),
    ('PRODUCTION_MANAGER', 'bom.view'),
    ('PRODUCTION_MANAGER', 'routing.view'),
    ('PRODUCTION_MANAGER', 'order.edit'),
    ('PRODUCTION_MANAGER', 'order.approve'),
    ('PRODUCTION_MANAGER', 'mo.release'),
    ('PRODUCTION_MANAGER', 'schedule.edit'),
    ('PRODUCTION_MANAGER', 'job.assign'),
    ('PRODUCTION_MANAGER', 'downtime.confirm'),
    ('PRODUCTION_MANAGER', 'andon.raise'),
    ('PRODUCTION_MANAGER', 'andon.resolve'),
    ('PRODUCTION_MANAGER', 'prototype.approve'),
    ('PRODUCTION_MANAGER', 'report.generate'),
    ('PRODUCTION_MANAGER', 'audit.read'),
    ('PRODUCTION_MANAGER', 'signature.sign'),
    -- PLANNER
    ('PLANNER', 'plant.view'),
    ('PLANNER', 'order.view'),
    ('PLANNER', 'schedule.view'),
    ('PLANNER', 'job.view'),
    ('PLANNER', 'downtime.view'),
    ('PLANNER', 'quality.view'),
    ('PLANNER', 'report.view'),
    ('PLANNER', 'telemetry.view'),
    ('PLANNER', 'oee.view'),
    ('PLANNER', 'maintenance.view'),
    ('PLANNER', 'inventory.view'),
    ('PLANNER', 'bom.view'),
    ('PLANNER', 'routing.view'),
    ('PLANNER', 'order.edit'),
    ('PLANNER', 'mo.release'),
    ('PLANNER', 'schedule.edit'),
    ('PLANNER', 'inventory.edit'),
    ('PLANNER', 'report.generate'),
    -- ENGINEER
    ('ENGINEER', 'plant.view'),
    ('ENGINEER', 'order.view'),
    ('ENGINEER', 'schedule.view'),
    ('ENGINEER', 'job.view'),
    ('ENGINEER', 'downtime.view'),
    ('ENGINEER', 'quality.view'),
    ('ENGINEER', 'report.view'),
    ('ENGINEER', 'telemetry.view'),
    ('ENGINEER', 'oee.view'),
    ('ENGINEER', 'maintenance.view'),
    ('ENGINEER', 'inventory.view'),
    ('ENGINEER', 'bom.view'),
    ('ENGINEER', 'routing.view'),
    ('ENGINEER', 'plant.edit'),
    ('ENGINEER', 'bom.edit'),
    ('ENGINEER', 'routing.edit'),
    ('ENGINEER', 'checklist.edit'),
    ('ENGINEER', 'prototype.edit'),
    ('ENGINEER', 'telemetry.configure'),
    ('ENGINEER', 'andon.resolve'),
    ('ENGINEER', 'report.generate'),
    ('ENGINEER', 'signature.sign'),
    -- MAINTENANCE
    ('MAINTENANCE', 'plant.view'),
    ('MAINTENANCE', 'order.view'),
    ('MAINTENANCE', 'schedule.view'),
    ('MAINTENANCE', 'job.view'),
    ('MAINTENANCE', 'downtime.view'),
    ('MAINTENANCE', 'quality.view'),
    ('MAINTENANCE', 'report.view'),
    ('MAINTENANCE', 'telemetry.view'),
    ('MAINTENANCE', 'oee.view'),
    ('MAINTENANCE', 'maintenance.view'),
    ('MAINTENANCE', 'inventory.view'),
    ('MAINTENANCE', 'bom.view'),
    ('MAINTENANCE', 'routing.view'),
    ('MAINTENANCE', 'maintenance.plan'),
    ('MAINTENANCE', 'maintenance.execute'),
    ('MAINTENANCE', 'downtime.record'),
    ('MAINTENANCE', 'downtime.confirm'),
    ('MAINTENANCE', 'andon.raise'),
    ('MAINTENANCE', 'andon.resolve'),
    ('MAINTENANCE', 'signature.sign'),
    -- QUALITY
    ('QUALITY', 'plant.view'),
    ('QUALITY', 'order.view'),
    ('QUALITY', 'schedule.view'),
    ('QUALITY', 'job.view'),
    ('QUALITY', 'downtime.view'),
    ('QUALITY', 'quality.view'),
    ('QUALITY', 'report.view'),
    ('QUALITY', 'telemetry.view'),
    ('QUALITY', 'oee.view'),
    ('QUALITY', 'maintenance.view'),
    ('QUALITY', 'inventory.view'),
    ('QUALITY', 'bom.view'),
    ('QUALITY', 'routing.view'),
    ('QUALITY', 'quality.inspect'),
    ('QUALITY', 'quality.disposition'),
    ('QUALITY', 'prototype.approve'),
    ('QUALITY', 'andon.raise'),
    ('QUALITY', 'andon.resolve'),
    ('QUALITY', 'audit.read'),
    ('QUALITY', 'report.generate'),
    ('QUALITY', 'signature.sign'),
    -- ERP_SYSTEM
    ('ERP_SYSTEM', 'order.view'),
    ('ERP_SYSTEM', 'order.edit'),
    ('ERP_SYSTEM', 'erp.integrate')
) as g (role_code, permission_code);

-- Default group mappings: the demo identity provider's groups, and a starting point for a corporate one.
insert into security_group_mapping (group_name, role_code, created_at, created_by, updated_at, updated_by, version)
select m.group_name, m.role_code, now(), 'system', now(), 'system', 0
from (values
    ('mes-admin', 'ADMIN'),
    ('mes-production-manager', 'PRODUCTION_MANAGER'),
    ('mes-shift-manager', 'SHIFT_MANAGER'),
    ('mes-planner', 'PLANNER'),
    ('mes-engineer', 'ENGINEER'),
    ('mes-maintenance', 'MAINTENANCE'),
    ('mes-quality', 'QUALITY'),
    ('mes-operator', 'OPERATOR'),
    ('mes-viewer', 'VIEWER'),
    ('mes-erp-system', 'ERP_SYSTEM')
) as m (group_name, role_code);
