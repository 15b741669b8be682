-- Axon's token store and dead-letter queue, with snake_case names configured in uk.bcf.ledger.axon.AxonTables.
-- They live beside the read model so that a batch's read-model writes and its token update share one transaction.
create table read_model.token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    time_stamp     varchar(255),
    owner          varchar(255),
    primary key (processor_name, segment)
);

create table read_model.dead_letter_entry (
    dead_letter_identifier varchar(255)  not null,
    processing_group       varchar(255)  not null,
    sequence_identifier    varchar(255)  not null,
    sequence_index         bigint        not null,
    message_type           varchar(255)  not null,
    event_identifier       varchar(255)  not null,
    time_stamp             varchar(255)  not null,
    payload_type           varchar(255)  not null,
    payload_revision       varchar(255),
    payload                bytea         not null,
    meta_data              bytea,
    aggregate_type         varchar(255),
    aggregate_identifier   varchar(255),
    sequence_number        bigint,
    token_type             varchar(255),
    token                  bytea,
    diagnostics            bytea,
    enqueued_at            varchar(255)  not null,
    last_touched           varchar(255),
    processing_started     varchar(255),
    cause_type             varchar(255),
    cause_message          varchar(1023),
    primary key (dead_letter_identifier),
    constraint dead_letter_entry_sequence unique (processing_group, sequence_identifier, sequence_index)
);

create index dead_letter_entry_processing_group on read_model.dead_letter_entry (processing_group);
create index dead_letter_entry_sequence_identifier on read_model.dead_letter_entry (processing_group, sequence_identifier);
