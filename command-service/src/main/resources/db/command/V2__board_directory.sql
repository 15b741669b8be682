-- The command side's list of registered boards, written in the same transaction as BoardRegisteredEvent.
create table command_side.known_board (
    code varchar(9)   not null primary key,
    name varchar(120) not null
);
