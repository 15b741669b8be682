-- The command side's copy of each board's latest population vintage per calendar year and age band, written in the
-- same transaction as PopulationRecordedEvent; an import checks published rates against it.
create table command_side.known_population (
    board_code varchar(9)  not null,
    year       integer     not null,
    age_band   varchar(20) not null,
    count      bigint      not null,
    version    integer     not null,
    primary key (board_code, year, age_band)
);

-- Populations recorded before this table existed, read from their stored events (JSON, revision 1).
insert into command_side.known_population (board_code, year, age_band, count, version)
select distinct on (board_code, year, age_band) board_code, year, age_band, count, version
from (select p ->> 'boardCode' as board_code, (p ->> 'year')::integer as year, p ->> 'ageBand' as age_band,
             (p ->> 'count')::bigint as count, (p ->> 'version')::integer as version
      from (select convert_from(payload, 'UTF8')::jsonb as p from event_store.domain_event_entry
            where payload_type = 'uk.bcf.ledger.shared.event.PopulationRecordedEvent') stored) populations
order by board_code, year, age_band, version desc;
