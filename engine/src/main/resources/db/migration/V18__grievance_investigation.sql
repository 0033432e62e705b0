-- The investigation of a case by its complaints panel: the interim measures the panel
-- decides, the internal notes of the panel and the secretariat (never shown to a party),
-- the requests for information to either party, and what the respondent sees of each
-- piece of evidence.
create table gavel.grievance_interim_measure (
    id              uuid                     primary key,
    grievance_id    uuid                     not null references gavel.grievance (id),
    measure         varchar(2000)            not null,
    effective_from  date                     not null,
    effective_until date,
    recorded_by     varchar(255)             not null,
    recorded_at     timestamp with time zone not null,
    lifted_by       varchar(255),
    lifted_at       timestamp with time zone,
    lift_reason     varchar(2000)
);

create index grievance_interim_measure_of on gavel.grievance_interim_measure (grievance_id);

create table gavel.grievance_note (
    id           uuid                     primary key,
    grievance_id uuid                     not null references gavel.grievance (id),
    note         varchar(20000)           not null,
    written_by   varchar(255)             not null,
    written_at   timestamp with time zone not null
);

create index grievance_note_of on gavel.grievance_note (grievance_id);

-- A question to the complainant or the respondent. Open while neither answered nor
-- withdrawn; one to the complainant stops the panel's decision clock while open.
create table gavel.grievance_information_request (
    id           uuid                     primary key,
    grievance_id uuid                     not null references gavel.grievance (id),
    party        varchar(20)              not null,
    question     varchar(4000)            not null,
    asked_by     varchar(255)             not null,
    asked_at     timestamp with time zone not null,
    answer_by    timestamp with time zone not null,
    answer       varchar(20000),
    answered_by  varchar(255),
    answered_at  timestamp with time zone,
    withdrawn_by varchar(255),
    withdrawn_at timestamp with time zone
);

create index grievance_information_request_of on gavel.grievance_information_request (grievance_id);

-- The secretariat's decision on what the respondent sees of a piece of evidence (an
-- attachment of the case): WITHHELD, SHARED as is, or REDACTED with the copy it uploaded.
-- Evidence without a row is shared by default unless the complainant's identity is
-- withheld.
create table gavel.grievance_evidence_sharing (
    attachment_id uuid                     primary key references gavel.attachment (id),
    grievance_id  uuid                     not null references gavel.grievance (id),
    sharing       varchar(20)              not null,
    copy_id       uuid references gavel.attachment (id),
    decided_by    varchar(255)             not null,
    decided_at    timestamp with time zone not null
);

create index grievance_evidence_sharing_of on gavel.grievance_evidence_sharing (grievance_id);
