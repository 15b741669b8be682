-- Current state of every board's figures, maintained by the performance-projection processor.
-- Writes are idempotent: a row only ever moves forward to a higher figure version.
create table read_model.board (
    code          varchar(9)   not null primary key,
    name          varchar(120) not null,
    registered_at timestamptz  not null
);

create table read_model.population (
    board_code varchar(9)  not null,
    year       integer     not null,
    age_band   varchar(20) not null,
    count      bigint      not null,
    source     varchar(200),
    version    integer     not null,
    primary key (board_code, year, age_band)
);

create table read_model.plan_figure (
    board_code     varchar(9)  not null,
    metric         varchar(32) not null,
    period         varchar(10) not null,
    financial_year varchar(7)  not null,
    value          numeric,
    numerator      bigint,
    denominator    bigint,
    per_day        numeric,
    version        integer     not null,
    recorded_by    varchar(200) not null,
    recorded_at    timestamptz not null,
    primary key (board_code, metric, period)
);

create table read_model.actual_figure (
    board_code     varchar(9)  not null,
    metric         varchar(32) not null,
    period         varchar(10) not null,
    financial_year varchar(7)  not null,
    value          numeric,
    numerator      bigint,
    denominator    bigint,
    source         varchar(200),
    withdrawn      boolean     not null,
    version        integer     not null,
    recorded_by    varchar(200) not null,
    recorded_at    timestamptz not null,
    primary key (board_code, metric, period)
);

create index plan_figure_board_year on read_model.plan_figure (board_code, financial_year);
create index actual_figure_board_year on read_model.actual_figure (board_code, financial_year);
