-- Idempotency keys belong to the caller who sent them (issue 15): a key of one user never answers, nor conflicts
-- with, another user's request. Answers stored before are kept under an empty caller, which no signed-in user is,
-- so they answer nobody again (their requests were answered at the time).
alter table command_side.idempotent_request add column caller text not null default '';
alter table command_side.idempotent_request drop constraint idempotent_request_pkey;
alter table command_side.idempotent_request add primary key (caller, idempotency_key);
