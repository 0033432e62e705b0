-- Grievances filed through the public intake, as rows the GrievanceProcess writes; the
-- process holds only the case number. The follow-up token is kept only as a hash.
create table gavel.grievance (
    id                 uuid primary key,
    case_year          integer                  not null,
    case_sequence      integer                  not null,
    -- the hidden key of the intake form a submission came from: a second submission of
    -- the same form (a double click) files nothing more
    submission_key     uuid                     not null unique,
    token_hash         varchar(200)             not null,
    complainant_name   varchar(200),
    complainant_email  varchar(320),
    confidential       boolean                  not null,
    affected           varchar(20)              not null,
    respondent         varchar(100)             not null,
    respondent_name    varchar(300)             not null,
    category           varchar(30)              not null,
    what_happened      varchar(20000)           not null,
    where_it_happened  varchar(1000),
    when_it_happened   varchar(200),
    exhaustion         varchar(30)              not null,
    why_not_tried      varchar(4000),
    remedy             varchar(4000),
    language           varchar(8)               not null,
    stage              varchar(20)              not null,
    filed_at           timestamp with time zone not null,
    acknowledge_by     timestamp with time zone not null,
    -- what the secretariat found missing, and by when the complainant completes it
    missing            varchar(4000),
    complete_by        timestamp with time zone,
    -- the triage as confirmed or overridden by the secretariat
    admissibility      varchar(20),
    risk               varchar(8),
    triage_reason      varchar(4000),
    constraint grievance_number unique (case_year, case_sequence)
);

create index grievance_of_respondent on gavel.grievance (respondent);

-- One row whose lock serialises the allocation of case numbers (filing is rare; numbers
-- are then gapless within a year on every database).
create table gavel.grievance_numbering (
    id integer primary key
);

insert into gavel.grievance_numbering (id) values (1);

-- The case's history, in order. The actor is a username, or 'complainant' for whoever
-- holds the case's token.
create table gavel.grievance_event (
    seq          bigint generated always as identity primary key,
    grievance_id uuid                     not null references gavel.grievance (id),
    at           timestamp with time zone not null,
    event        varchar(30)              not null,
    actor        varchar(255)             not null,
    detail       varchar(4000)
);

create index grievance_event_of on gavel.grievance_event (grievance_id, seq);
