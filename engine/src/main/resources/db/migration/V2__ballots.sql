-- Ballots and their votes. A ballot freezes its rule set (the file's text) and the
-- electoral roll it opens on. Votes are only inserted; a changed vote marks the earlier
-- one superseded and keeps it.
create table gavel.ballot (
    id                  uuid primary key,
    title               varchar(500)             not null,
    rule_set_name       varchar(100)             not null,
    rule_set_version    integer                  not null,
    rule_set_source     text                     not null,
    roll_id             uuid                     not null references gavel.electoral_roll (id),
    opens_at            timestamp with time zone not null,
    closes_at           timestamp with time zone not null,
    time_zone           varchar(64)              not null,
    secret              boolean                  not null,
    vote_change_allowed boolean                  not null,
    created_by          varchar(255)             not null,
    created_at          timestamp with time zone not null,
    constraint ballot_closes_after_it_opens check (closes_at > opens_at)
);

-- Who has voted: one row per voter and ballot, whatever the channel. The primary key is
-- what makes a second counted vote impossible.
create table gavel.ballot_voter (
    ballot_id       uuid         not null references gavel.ballot (id),
    voter           varchar(255) not null,
    current_receipt varchar(40),
    primary key (ballot_id, voter)
);

create table gavel.vote (
    seq             bigint generated always as identity primary key,
    ballot_id       uuid         not null references gavel.ballot (id),
    voter           varchar(255),
    chamber         varchar(255) not null,
    sub_chamber     varchar(255),
    member_type     varchar(32),
    choice          varchar(8)   not null,
    channel         varchar(8)   not null,
    receipt         varchar(40)  not null,
    idempotency_key varchar(100),
    cast_at         timestamp with time zone,
    superseded      boolean      not null default false,
    constraint vote_receipt_unique unique (receipt),
    constraint vote_idempotency_unique unique (ballot_id, idempotency_key)
);

create index vote_counted on gavel.vote (ballot_id, superseded);
