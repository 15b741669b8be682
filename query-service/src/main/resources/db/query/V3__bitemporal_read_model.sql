-- Every version of every figure and population, each with the system-time interval in which it was the one known:
-- [system_from, system_to), system_from being the stored event's timestamp and system_to the next version's
-- system_from (null while current). A view "as of T" reads the rows whose interval holds T; "now" reads the open
-- rows. Maintained by the performance-projection processor with insert-if-absent and close-the-previous writes,
-- so a redelivered or late event changes nothing that is already right.
drop table read_model.plan_figure;
drop table read_model.actual_figure;
drop table read_model.population;

create table read_model.figure_version (
    board_code     varchar(9)   not null,
    kind           varchar(6)   not null check (kind in ('plan', 'actual')),
    metric         varchar(32)  not null,
    period         varchar(10)  not null,
    financial_year varchar(7)   not null,
    version        integer      not null,
    change         varchar(9)   not null check (change in ('set', 'revised', 'recorded', 'corrected', 'withdrawn')),
    value          numeric,
    numerator      bigint,
    denominator    bigint,
    per_day        numeric,
    withdrawn      boolean      not null,
    recorded_by    varchar(200) not null,
    source         varchar(200),
    reason         text,
    event_id       varchar(255) not null,
    system_from    timestamptz  not null,
    system_to      timestamptz,
    primary key (board_code, kind, metric, period, version)
);

-- As-of reads of a board's year (the performance view) and of a board's changes since a moment (restatements).
create index figure_version_board_year_from on read_model.figure_version (board_code, financial_year, system_from);
create index figure_version_board_from on read_model.figure_version (board_code, system_from);

create table read_model.population_version (
    board_code  varchar(9)   not null,
    year        integer      not null,
    age_band    varchar(20)  not null,
    version     integer      not null,
    count       bigint       not null,
    source      varchar(200),
    recorded_by varchar(200) not null,
    event_id    varchar(255) not null,
    system_from timestamptz  not null,
    system_to   timestamptz,
    primary key (board_code, year, age_band, version)
);

-- A quarter is signed off at most once (the command side refuses a second sign-off).
create table read_model.sign_off (
    board_code    varchar(9)   not null,
    period        varchar(10)  not null,
    meeting_date  date         not null,
    signed_off_by varchar(200),
    recorded_by   varchar(200) not null,
    event_id      varchar(255) not null,
    system_from   timestamptz  not null,
    primary key (board_code, period)
);

-- The new tables start empty: make the projection replay the whole event store into them. Without a token row
-- the processor starts again from the first event; its dead letters belong to the old handlers and would hold
-- back their aggregates' events, and board rows are re-projected with registered_at as the event's timestamp.
delete from read_model.token_entry where processor_name = 'performance-projection';
delete from read_model.dead_letter_entry where processing_group = 'performance-projection';
delete from read_model.board;
