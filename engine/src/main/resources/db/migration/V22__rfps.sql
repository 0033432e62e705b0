-- Requests for proposals and the proposals that answer them. An RFP is stored as its
-- drafter wrote it and changes only while the EC may return it for revision; once
-- published, only addenda change it (a moved deadline is kept with its addendum).
create table gavel.rfp (
    id uuid primary key,
    reference varchar(20) not null unique,
    working_group varchar(100) not null,
    drafted_by varchar(100) not null,
    drafted_at timestamp with time zone not null,
    status varchar(20) not null,
    version integer not null,
    title varchar(300) not null,
    scope text not null,
    currency char(3) not null,
    ceiling numeric(19, 4) not null,
    largest_grant numeric(19, 4) not null,
    countries varchar(1000) not null,
    organisation_types varchar(500) not null,
    members_only boolean not null,
    questions_open timestamp with time zone not null,
    questions_close timestamp with time zone not null,
    deadline timestamp with time zone not null,
    zone varchar(60) not null,
    panel varchar(1000) not null,
    evaluators_per_proposal integer not null,
    matched_funding boolean not null,
    approval_id uuid,
    published_at timestamp with time zone
);

create table gavel.rfp_criterion (
    rfp_id uuid not null references gavel.rfp (id),
    position integer not null,
    criterion_key varchar(40) not null,
    title varchar(300) not null,
    weight integer not null,
    max_score integer not null,
    guidance varchar(2000) not null,
    primary key (rfp_id, position)
);

create table gavel.rfp_required_file (
    rfp_id uuid not null references gavel.rfp (id),
    position integer not null,
    label varchar(200) not null,
    media_types varchar(1000) not null,
    max_bytes bigint not null,
    primary key (rfp_id, position)
);

-- Applicants' questions; the answer is published to every applicant without the asker.
create table gavel.rfp_question (
    id uuid primary key,
    rfp_id uuid not null references gavel.rfp (id),
    number integer not null,
    asked_by varchar(100) not null,
    asked_at timestamp with time zone not null,
    question varchar(4000) not null,
    answer varchar(8000),
    answered_by varchar(100),
    answered_at timestamp with time zone,
    unique (rfp_id, number)
);

create table gavel.rfp_addendum (
    rfp_id uuid not null references gavel.rfp (id),
    number integer not null,
    text varchar(8000) not null,
    old_deadline timestamp with time zone,
    new_deadline timestamp with time zone,
    issued_by varchar(100) not null,
    issued_at timestamp with time zone not null,
    primary key (rfp_id, number)
);

create table gavel.proposal (
    id uuid primary key,
    reference varchar(30) not null unique,
    rfp_id uuid not null references gavel.rfp (id),
    applicant varchar(100) not null,
    member_organisation varchar(100),
    status varchar(20) not null,
    title varchar(300) not null,
    organisation varchar(300) not null,
    organisation_type varchar(40) not null,
    country char(2) not null,
    contact_name varchar(200) not null,
    contact_email varchar(320) not null,
    summary varchar(4000) not null,
    approach text not null,
    requested numeric(19, 4) not null,
    started_at timestamp with time zone not null,
    submitted_at timestamp with time zone,
    withdrawn_at timestamp with time zone,
    eligibility_reason varchar(1000),
    screening_note varchar(2000),
    screened_by varchar(100)
);

create index proposal_rfp on gavel.proposal (rfp_id);
create index proposal_applicant on gavel.proposal (applicant);
