-- Every version of every entry of a board's pooled budget for a financial year (contributions, national minimums,
-- scheme lines, a line's spend in a quarter), on the same system-time axis as figures: [system_from, system_to),
-- system_to being the next version's system_from (null while current). The entry's value is kept as the event
-- carries it (amounts as entered, with their unit), in jsonb; a withdrawal copies the value it withdrew, so the
-- history shows what went. Maintained by the performance-projection processor (PoolProjection) with
-- insert-if-absent and close-the-previous writes, as figure_version is.
create table read_model.pool_entry_version (
    board_code     varchar(9)   not null,
    financial_year varchar(7)   not null,
    kind           varchar(12)  not null check (kind in ('contribution', 'minimums', 'line', 'spend')),
    entry_key      varchar(64)  not null,
    version        integer      not null,
    change         varchar(9)   not null check (change in ('recorded', 'corrected', 'withdrawn', 'set', 'revised')),
    withdrawn      boolean      not null,
    body           jsonb,
    recorded_by    varchar(200) not null,
    reason         text,
    event_id       varchar(255) not null,
    system_from    timestamptz  not null,
    system_to      timestamptz,
    primary key (board_code, financial_year, kind, entry_key, version)
);

-- A board's pool as of a moment, and the latest system time of a board's rows.
create index pool_entry_version_board_year_from on read_model.pool_entry_version (board_code, financial_year, system_from);
create index pool_entry_version_board_from on read_model.pool_entry_version (board_code, system_from);
