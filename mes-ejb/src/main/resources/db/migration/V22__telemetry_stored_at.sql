-- When the ingest committed a sample (its transaction's start, a few milliseconds before the commit): with sampled_at
-- it gives the end-to-end lag of every sample (bench/telemetry.sh reports its p50 / p99). Existing rows get the
-- migration's time (a constant default: no table rewrite).
alter table telemetry_sample add column stored_at timestamptz not null default now();
