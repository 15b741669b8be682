-- Every version of the narrative for a board, metric and quarter (or year), on the same system-time axis as figures.
create table read_model.commentary_version (
    board_code     varchar(9)   not null,
    metric         varchar(32)  not null,
    period         varchar(10)  not null,
    financial_year varchar(7)   not null,
    version        integer      not null,
    text           text         not null,
    recorded_by    varchar(200) not null,
    event_id       varchar(255) not null,
    system_from    timestamptz  not null,
    system_to      timestamptz,
    primary key (board_code, metric, period, version)
);

create index commentary_version_board_year_from on read_model.commentary_version (board_code, financial_year, system_from);
