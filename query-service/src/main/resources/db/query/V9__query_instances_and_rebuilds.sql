-- The query-service instances sharing one read model. Each says it is alive every heartbeat, so that segments can be
-- shared among the live ones and a rebuild knows whom it waits for (docs/adr/0013-scale-out-and-faults.md).
create table read_model.query_instance (
    node_id varchar(255) not null primary key,
    seen_at timestamptz  not null
);

-- Rebuilds of the read models across every instance: asked of any instance, each one pauses its processors while
-- the state is 'pausing'; the asking instance then resets the tokens once ('done') or gives up ('abandoned').
create table read_model.read_model_rebuild (
    id           bigserial    not null primary key,
    requested_by varchar(255) not null,
    requested_at timestamptz  not null default now(),
    state        varchar(16)  not null check (state in ('pausing', 'done', 'abandoned')),
    finished_at  timestamptz
);

-- At most one rebuild under way at a time.
create unique index read_model_rebuild_one_under_way on read_model.read_model_rebuild ((true)) where state = 'pausing';
