-- What the ballot process adds: an optional in-room session after the online window,
-- scrutiny and publication, proxies and in-room tallies.
alter table gavel.ballot add column in_room_session boolean not null default false;
alter table gavel.ballot add column published_at timestamp with time zone;

-- Two different scrutineers sign a result off before it is published; the key makes a
-- second signature by the same person impossible.
create table gavel.ballot_signoff (
    ballot_id  uuid                     not null references gavel.ballot (id),
    scrutineer varchar(255)             not null,
    signed_at  timestamp with time zone not null,
    remark     varchar(2000),
    primary key (ballot_id, scrutineer)
);

-- A proxy: the principal's vote is cast by the holder. One proxy per principal and
-- ballot. Where the rule set caps how many principals of a member type one holder
-- carries, each proxy takes a numbered slot below the cap, and the key on the slots lets
-- no two proxies share one, so the cap holds under concurrent grants too.
create table gavel.proxy (
    ballot_id   uuid                     not null references gavel.ballot (id),
    principal   varchar(255)             not null,
    holder      varchar(255)             not null,
    member_type varchar(32)              not null,
    slot        integer,
    given_by    varchar(255)             not null,
    given_at    timestamp with time zone not null,
    primary key (ballot_id, principal),
    constraint proxy_slot_unique unique (ballot_id, holder, member_type, slot),
    constraint proxy_not_to_oneself check (principal <> holder)
);

-- Who cast a voter's counted vote when it was not the voter: the proxy holder. A vote
-- the voter casts in person overrides one cast by proxy.
alter table gavel.ballot_voter add column cast_by varchar(255);
alter table gavel.vote add column cast_by varchar(255);

-- Aggregated tallies counted in the meeting room, per voting group, entered by the
-- secretariat. A correction is a new revision; the latest counts, every one is kept.
create table gavel.in_room_tally (
    ballot_id          uuid                     not null references gavel.ballot (id),
    group_key          varchar(600)             not null,
    revision           integer                  not null,
    chamber            varchar(255)             not null,
    sub_chamber        varchar(255),
    member_type        varchar(32),
    in_favour          integer                  not null,
    against            integer                  not null,
    abstain            integer                  not null,
    present_not_voting integer                  not null,
    entered_by         varchar(255)             not null,
    entered_at         timestamp with time zone not null,
    primary key (ballot_id, group_key, revision),
    constraint in_room_tally_not_negative
        check (in_favour >= 0 and against >= 0 and abstain >= 0 and present_not_voting >= 0)
);
