-- Electoral rolls: who may vote in a ballot, frozen when it is taken. Rows are only ever
-- inserted; a later roll of the same electorate points to the one it follows.
create table gavel.electoral_roll (
    id               uuid primary key,
    electorate       varchar(32)              not null,
    cut_off          timestamp with time zone not null,
    taken_at         timestamp with time zone not null,
    taken_by         varchar(255)             not null,
    previous_roll_id uuid references gavel.electoral_roll (id),
    entry_count      integer                  not null
);

create index electoral_roll_latest on gavel.electoral_roll (electorate, taken_at);

create table gavel.electoral_roll_entry (
    roll_id           uuid         not null references gavel.electoral_roll (id),
    position          integer      not null,
    voter             varchar(255) not null,
    voter_name        varchar(255) not null,
    organisation_id   varchar(255),
    organisation_name varchar(255) not null,
    category          varchar(255) not null,
    sub_chamber       varchar(255),
    member_type       varchar(32)  not null,
    primary key (roll_id, position),
    constraint electoral_roll_one_entry_per_voter unique (roll_id, voter)
);

create table gavel.electoral_roll_note (
    roll_id  uuid          not null references gavel.electoral_roll (id),
    position integer       not null,
    subject  varchar(255)  not null,
    note     varchar(1000) not null,
    primary key (roll_id, position)
);
