-- Who retired (deleted) a tag, beside when (V72): retired tags are listed again, with their history, so the list says
-- who took a tag out of service. Tags retired before this migration were retired by whoever changed them last, since a
-- retired tag cannot be changed. A tag is retired by someone exactly when it is retired. Names stay unique only among
-- active tags (the partial unique index telemetry_tag_name_uk of V72), so a new tag may take a retired one's name.
alter table telemetry_tag add column retired_by varchar(120);
update telemetry_tag set retired_by = updated_by where retired_at is not null;
alter table telemetry_tag add constraint telemetry_tag_retired_by_ck check ((retired_at is null) = (retired_by is null));
