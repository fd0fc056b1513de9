-- Communication loss is its own event and state, never machine downtime. The connector reports a PLC's comms
-- state when it changes; the ingest records it for every piece of equipment with a signal mapped to a tag of
-- that PLC: COMMS_LOST / COMMS_RESTORED edge events (signal COMMS, no tag, the session's reason) and the
-- pseudo-signal COMMS among the current values (quality GOOD = connected, BAD = lost: the machine's state is
-- unknown meanwhile).
alter table telemetry_edge_event alter column tag_id drop not null;
alter table telemetry_edge_event add column reason varchar(200);
alter table telemetry_edge_event drop constraint telemetry_edge_event_kind_ck;
alter table telemetry_edge_event add constraint telemetry_edge_event_kind_ck check (kind in ('FAULT_RAISED',
    'FAULT_CLEARED', 'STATE_CHANGED', 'COUNT', 'COMMS_LOST', 'COMMS_RESTORED'));

alter table telemetry_current_value alter column tag_id drop not null;
