-- A stamp per board that changes whenever the performance projection writes any of the board's rows: a new value
-- of the sequence each time (never reused, not even by a rebuild), stored in the transaction of the writes. Reads
-- that cache what they computed from a board's rows key it by this stamp, so a new event makes them recompute.
create sequence read_model.board_change_stamp;

create table read_model.board_change (
    board_code varchar(9) not null primary key,
    stamp      bigint     not null
);
