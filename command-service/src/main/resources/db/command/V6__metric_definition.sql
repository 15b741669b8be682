-- The command side's copy of the metric catalogue: the latest definition of every metric, written in the same
-- transaction as its MetricDefinedEvent, MetricAmendedEvent or MetricRetiredEvent (the events stay the record).
create table command_side.metric_definition (
    code             varchar(40) not null primary key,
    specification    text        not null,
    retired          boolean     not null,
    version          integer     not null,
    first_defined_at timestamptz not null,
    changed_at       timestamptz not null
);
