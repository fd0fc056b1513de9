-- Outbound tag access: the MES writes a PLC tag on demand (a job's target count) only when the tag is marked
-- writable; every tag is read-only unless someone decided otherwise.
alter table telemetry_tag add column writable boolean not null default false;
