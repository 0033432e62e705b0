-- Conflicts of interest and the evaluators of each proposal. A conflict is declared by the
-- evaluator (or found by Gavel: their organisation applies) before they see the proposal;
-- only evaluators with none are assigned, and only they open its files.
create table gavel.proposal_conflict (
    proposal_id uuid not null references gavel.proposal (id),
    evaluator varchar(100) not null,
    conflicted boolean not null,
    reason varchar(2000),
    automatic boolean not null,
    recorded_at timestamp with time zone not null,
    primary key (proposal_id, evaluator)
);

-- Evaluators the secretariat added to a proposal's panel when too few were cleared.
create table gavel.proposal_extra_evaluator (
    proposal_id uuid not null references gavel.proposal (id),
    evaluator varchar(100) not null,
    added_by varchar(100) not null,
    added_at timestamp with time zone not null,
    primary key (proposal_id, evaluator)
);

create table gavel.proposal_assignment (
    proposal_id uuid not null references gavel.proposal (id),
    evaluator varchar(100) not null,
    assigned_at timestamp with time zone not null,
    primary key (proposal_id, evaluator)
);

create index proposal_assignment_evaluator on gavel.proposal_assignment (evaluator);
