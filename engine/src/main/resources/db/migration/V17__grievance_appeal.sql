-- The appeal of a complaints panel's decision and the monitoring of its corrective actions:
-- the end of the appeal window, the appeal a party lodged with its grounds, the appeal
-- panel (none of the first panel's members) and its decision, and when each corrective
-- action was found completed, by whom, and on what evidence.
alter table gavel.grievance add column appeal_by timestamp with time zone;

create table gavel.grievance_appeal (
    grievance_id    uuid primary key references gavel.grievance (id),
    -- COMPLAINANT or RESPONDENT
    appellant       varchar(20)              not null,
    -- the respondent's representative, or 'complainant' for whoever holds the case's token
    lodged_by       varchar(255)             not null,
    grounds         varchar(8000)            not null,
    lodged_at       timestamp with time zone not null,
    external_expert varchar(300),
    decide_by       timestamp with time zone,
    -- CONFIRMED or OVERTURNED, once decided
    result          varchar(20),
    reasons         varchar(4000),
    decided_by      varchar(255),
    decided_at      timestamp with time zone
);

create table gavel.grievance_appeal_panel_member (
    grievance_id uuid         not null references gavel.grievance (id),
    username     varchar(255) not null,
    primary key (grievance_id, username)
);

alter table gavel.grievance_corrective_action add column completed_at timestamp with time zone;
alter table gavel.grievance_corrective_action add column completed_by varchar(255);
alter table gavel.grievance_corrective_action add column completion_note varchar(4000);
