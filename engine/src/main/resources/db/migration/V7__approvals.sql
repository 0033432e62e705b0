-- Executive Committee approvals: the item, each round's reviews, and what happened, as
-- rows the EcApprovalProcess writes; the process holds only the approval's id.
create table gavel.approval (
    id            uuid primary key,
    item_type     varchar(32)              not null,
    title         varchar(300)             not null,
    subject       varchar(100)             not null,
    version       integer                  not null,
    working_group varchar(100),
    submitted_by  varchar(255)             not null,
    submitted_at  timestamp with time zone not null,
    -- the EC roll frozen when the item came in: later seat changes do not touch it
    roll_id       uuid                     not null references gavel.electoral_roll (id),
    chair         varchar(255),
    max_rounds    integer                  not null,
    round         integer                  not null,
    status        varchar(32)              not null,
    review_due_at timestamp with time zone,
    ballot_id     uuid references gavel.ballot (id),
    decision      varchar(32),
    decided_how   varchar(32),
    decision_note varchar(4000),
    decided_at    timestamp with time zone,
    constraint approval_rounds check (round <= max_rounds)
);

create index approval_subject on gavel.approval (subject);

-- One response per EC member per round: no objection, a sustained objection, or a
-- declared conflict of interest (recused).
create table gavel.approval_review (
    approval_id  uuid                     not null references gavel.approval (id),
    round        integer                  not null,
    member       varchar(255)             not null,
    response     varchar(16)              not null,
    reason       varchar(2000),
    responded_at timestamp with time zone not null,
    primary key (approval_id, round, member)
);

-- The approval's history, in order: every step, with who and why.
create table gavel.approval_event (
    seq         bigint generated always as identity primary key,
    approval_id uuid                     not null references gavel.approval (id),
    round       integer                  not null,
    at          timestamp with time zone not null,
    what        varchar(32)              not null,
    actor       varchar(255)             not null,
    note        varchar(4000)
);

create index approval_event_of on gavel.approval_event (approval_id, seq);

-- Terms of reference of a working group, every version kept.
create table gavel.terms_of_reference (
    id            uuid primary key,
    working_group varchar(100)             not null,
    drafted_by    varchar(255)             not null,
    created_at    timestamp with time zone not null
);

create table gavel.terms_of_reference_version (
    tor_id       uuid                     not null references gavel.terms_of_reference (id),
    version      integer                  not null,
    title        varchar(200)             not null,
    purpose      varchar(4000)            not null,
    scope        varchar(4000)            not null,
    deliverables varchar(4000)            not null,
    membership   varchar(4000)            not null,
    timeline     varchar(4000)            not null,
    change_note  varchar(2000),
    written_by   varchar(255)             not null,
    written_at   timestamp with time zone not null,
    primary key (tor_id, version)
);
