-- Mail a process step has sent, one row per kind, subject and recipient, committed as each
-- message goes out: a step the engine retries after a failure half-way does not send the
-- first half again.
create table gavel.mail_sent (
    kind      varchar(64)              not null,
    subject   varchar(100)             not null,
    recipient varchar(320)             not null,
    sent_at   timestamp with time zone not null,
    primary key (kind, subject, recipient)
);
