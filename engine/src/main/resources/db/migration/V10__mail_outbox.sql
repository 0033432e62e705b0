-- Every mail Gavel sends is first written to this outbox, in the transaction of the step
-- that decides to send it: one row per kind, subject and recipient, so a step the engine
-- retries queues nothing twice. A delivery worker sends what is due over SMTP and marks it
-- sent; a failed delivery is retried later (next_attempt_at; a new row is due at once),
-- with its error kept for the secretariat.
create table gavel.mail_outbox (
    id              bigint generated always as identity primary key,
    kind            varchar(64)              not null,
    subject_key     varchar(100)             not null,
    recipient       varchar(320)             not null,
    subject         varchar(500)             not null,
    body            text                     not null,
    queued_at       timestamp with time zone not null,
    next_attempt_at timestamp with time zone,
    attempts        integer                  not null default 0,
    last_error      varchar(1000),
    claimed_by      varchar(64),
    claimed_until   timestamp with time zone,
    sent_at         timestamp with time zone,
    constraint mail_outbox_once unique (kind, subject_key, recipient)
);

create index mail_outbox_due on gavel.mail_outbox (sent_at, next_attempt_at);

-- What was sent before the outbox existed still counts as sent.
insert into gavel.mail_outbox (kind, subject_key, recipient, subject, body, queued_at, sent_at)
select kind, subject, recipient, '', '', sent_at, sent_at from gavel.mail_sent;

drop table gavel.mail_sent;
