-- The working group's recommendation, the EC's award, matched funding and the projects
-- that follow. Each recommendation is kept by its round: a recommendation the EC rejects
-- stays on record beside the next one.
alter table gavel.rfp add column recommendation_round integer not null default 0;
alter table gavel.rfp add column award_conditions varchar(4000);
alter table gavel.rfp add column awarded_at timestamp with time zone;

create table gavel.grant_recommendation (
    rfp_id uuid not null references gavel.rfp (id),
    round integer not null,
    proposal_id uuid not null references gavel.proposal (id),
    amount numeric(19, 4) not null,
    recommended_by varchar(100) not null,
    recommended_at timestamp with time zone not null,
    primary key (rfp_id, round, proposal_id)
);

-- What the EC awarded a proposal; with matched funding, the pledges until the pledge
-- deadline.
alter table gavel.proposal add column awarded numeric(19, 4);
alter table gavel.proposal add column pledges_close timestamp with time zone;

create table gavel.grant_pledge (
    proposal_id uuid not null references gavel.proposal (id),
    number integer not null,
    organisation varchar(100) not null,
    pledged_by varchar(100) not null,
    amount numeric(19, 4) not null,
    pledged_at timestamp with time zone not null,
    primary key (proposal_id, number)
);

-- A project per awarded proposal: its milestones, each with its report and review.
create table gavel.project_milestone (
    proposal_id uuid not null references gavel.proposal (id),
    number integer not null,
    due_on date not null,
    amount numeric(19, 4) not null,
    deliverable varchar(1000) not null,
    status varchar(20) not null,
    overdue_since timestamp with time zone,
    report varchar(8000),
    reported_by varchar(100),
    reported_at timestamp with time zone,
    review_note varchar(4000),
    reviewed_by varchar(100),
    reviewed_at timestamp with time zone,
    primary key (proposal_id, number)
);

alter table gavel.proposal add column project_status varchar(20);

-- An award's item concerns every member organisation that applied: all their EC seats
-- are recused, so the column holds a list.
alter table gavel.approval alter column concerns set data type varchar(4000);
