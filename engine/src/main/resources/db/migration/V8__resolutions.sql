-- General Assemblies and the resolutions put to them, as rows the GaResolutionProcess
-- writes; the process holds only the resolution's id.
create table gavel.assembly (
    id                   uuid primary key,
    title                varchar(200)             not null,
    place                varchar(300),
    starts_at            timestamp with time zone not null,
    time_zone            varchar(64)              not null,
    notice_given_on      date                     not null,
    notice_days          integer                  not null,
    submission_deadline  timestamp with time zone not null,
    voting_opens_at      timestamp with time zone not null,
    voting_closes_at     timestamp with time zone not null,
    in_room_session      boolean                  not null,
    ordinary_rule_set    varchar(100)             not null,
    statutory_rule_set   varchar(100)             not null,
    -- the General Assembly roll, frozen when the first of its ballots opens
    roll_id              uuid references gavel.electoral_roll (id),
    booklet_published_at timestamp with time zone,
    created_by           varchar(255)             not null,
    created_at           timestamp with time zone not null,
    constraint assembly_window check (voting_opens_at < voting_closes_at),
    constraint assembly_deadline check (submission_deadline < voting_opens_at)
);

create table gavel.resolution (
    id             uuid primary key,
    assembly_id    uuid                     not null references gavel.assembly (id),
    number         integer,
    title          varchar(300)             not null,
    type           varchar(16)              not null,
    rationale      varchar(8000)            not null,
    operative_text varchar(8000)            not null,
    proposer       varchar(255)             not null,
    organisation   varchar(300)             not null,
    working_group  varchar(100),
    status         varchar(16)              not null,
    version        integer                  not null,
    resubmit_by    timestamp with time zone,
    ec_stance      varchar(16),
    ec_statement   varchar(4000),
    approval_id    uuid references gavel.approval (id),
    ballot_id      uuid references gavel.ballot (id),
    outcome        varchar(16),
    implementation varchar(16),
    created_at     timestamp with time zone not null,
    constraint resolution_number unique (assembly_id, number)
);

create index resolution_of_assembly on gavel.resolution (assembly_id);

-- The proposer (position 0) and the members invited to co-sponsor, with their answer.
create table gavel.resolution_sponsor (
    resolution_id uuid                     not null references gavel.resolution (id),
    username      varchar(255)             not null,
    position      integer                  not null,
    organisation  varchar(300)             not null,
    category      varchar(100)             not null,
    answer        varchar(16),
    statement     varchar(2000),
    answered_at   timestamp with time zone,
    primary key (resolution_id, username)
);

-- Members' comments in the discussion window.
create table gavel.resolution_comment (
    seq           bigint generated always as identity primary key,
    resolution_id uuid                     not null references gavel.resolution (id),
    author        varchar(255)             not null,
    posted_at     timestamp with time zone not null,
    body          varchar(4000)            not null
);

-- The resolution's history, in order: every step, with who and why.
create table gavel.resolution_event (
    seq           bigint generated always as identity primary key,
    resolution_id uuid                     not null references gavel.resolution (id),
    at            timestamp with time zone not null,
    what          varchar(32)              not null,
    actor         varchar(255)             not null,
    note          varchar(4000)
);

create index resolution_event_of on gavel.resolution_event (resolution_id, seq);
