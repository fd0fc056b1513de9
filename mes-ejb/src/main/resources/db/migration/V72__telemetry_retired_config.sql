-- Telemetry configuration that is deleted is retired, never removed: samples, edge events and current values keep
-- pointing at their tag (telemetry_sample has no foreign key, on purpose), so the tag row must stay to say what a
-- stored value was (PLC, address, scale, unit). A retired tag or connection is no longer polled, no longer listed
-- and frees its name or code for a new one.
alter table telemetry_plc_connection add column retired_at timestamptz;
alter table telemetry_tag add column retired_at timestamptz;

alter table telemetry_plc_connection drop constraint telemetry_plc_connection_code_uk;
create unique index telemetry_plc_connection_code_uk on telemetry_plc_connection (code) where retired_at is null;
alter table telemetry_plc_connection add constraint telemetry_plc_connection_retired_ck
    check (retired_at is null or not enabled);

alter table telemetry_tag drop constraint telemetry_tag_name_uk;
create unique index telemetry_tag_name_uk on telemetry_tag (plc_connection_id, name) where retired_at is null;

-- A retired tag delivers no signal: the service refuses to retire a mapped tag or map a retired one; this trigger
-- keeps writes that bypass it honest too.
create function telemetry_refuse_retired_tag_mapping() returns trigger language plpgsql as $$
begin
    if exists (select 1 from telemetry_tag t where t.id = new.tag_id and t.retired_at is not null) then
        raise exception 'tag % is retired and cannot be mapped', new.tag_id using errcode = '23514';
    end if;
    return new;
end $$;
create trigger telemetry_signal_mapping_active_tag before insert or update on telemetry_signal_mapping
    for each row execute function telemetry_refuse_retired_tag_mapping();

create function telemetry_refuse_retiring_mapped_tag() returns trigger language plpgsql as $$
begin
    if new.retired_at is not null and old.retired_at is null
            and exists (select 1 from telemetry_signal_mapping m where m.tag_id = new.id) then
        raise exception 'tag % is mapped to an equipment signal and cannot be retired', new.id using errcode = '23514';
    end if;
    return new;
end $$;
create trigger telemetry_tag_retire_unmapped before update on telemetry_tag
    for each row execute function telemetry_refuse_retiring_mapped_tag();
