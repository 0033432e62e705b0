-- Sanctions: a decision may impose a written warning, or propose the suspension or the
-- termination of the respondent's membership, which goes to the Executive Committee once
-- the decision is final. The EC's ruling is kept with the case; an approved suspension or
-- termination is kept against the organisation, and keeps it off the General Assembly's
-- rolls taken while it is in force (a suspension until the secretariat lifts it).
alter table gavel.grievance add column sanction varchar(20) default 'NONE' not null;
-- BEFORE_EC, APPROVED or REJECTED, once a suspension or termination is referred
alter table gavel.grievance add column sanction_ruling varchar(20);
alter table gavel.grievance add column sanction_approval_id uuid;
alter table gavel.grievance add column sanction_ruled_at timestamp with time zone;

create table gavel.membership_sanction (
    organisation_id varchar(255)             not null,
    -- SUSPENSION or TERMINATION
    kind            varchar(20)              not null,
    -- what imposed it, e.g. the case GR-2027-0007
    reference       varchar(100)             not null,
    approval_id     uuid,
    imposed_at      timestamp with time zone not null,
    lifted_at       timestamp with time zone,
    lifted_by       varchar(255),
    lift_reason     varchar(2000),
    primary key (organisation_id, reference)
);
