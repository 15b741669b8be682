-- Answers of writes sent with an Idempotency-Key, stored in the same transaction as the events they caused, so a
-- retried request is answered from here and stores nothing new.
create table command_side.idempotent_request (
    idempotency_key     varchar(200) not null primary key,
    request_fingerprint char(64)     not null,
    result              text         not null,
    created_at          timestamptz  not null default now()
);
