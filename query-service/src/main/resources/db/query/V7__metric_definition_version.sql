-- Every version of every metric definition, projected from MetricDefinedEvent, MetricAmendedEvent and
-- MetricRetiredEvent, with the system-time interval in which it was the one in force: [system_from, system_to).
-- A retired metric's last version has no specification. The definition is stored as written in the event (JSON
-- text), so a value shape this build does not know is kept, and skipped when read.
create table read_model.metric_definition_version (
    code          varchar(40)  not null,
    version       integer      not null,
    specification text,
    retired       boolean      not null,
    recorded_by   varchar(200) not null,
    source        varchar(200),
    reason        text,
    event_id      varchar(255) not null unique,
    system_from   timestamptz  not null,
    system_to     timestamptz,
    primary key (code, version)
);
