-- Each assigned evaluator's score and comment per criterion, kept apart from the process
-- (never a process variable another evaluator could read), and the panel meeting's
-- changes to the computed ranking, each with its reason.
create table gavel.proposal_score (
    proposal_id uuid not null references gavel.proposal (id),
    evaluator varchar(100) not null,
    criterion_key varchar(40) not null,
    score numeric(6, 1) not null,
    comment varchar(4000) not null,
    scored_at timestamp with time zone not null,
    primary key (proposal_id, evaluator, criterion_key)
);

create table gavel.rank_adjustment (
    proposal_id uuid primary key references gavel.proposal (id),
    rfp_id uuid not null references gavel.rfp (id),
    rank integer not null,
    reason varchar(2000) not null,
    adjusted_by varchar(100) not null,
    adjusted_at timestamp with time zone not null
);
