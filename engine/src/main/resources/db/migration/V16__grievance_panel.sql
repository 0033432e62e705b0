-- The complaints panel of a high-risk grievance: its members (grievance-panel role), its
-- external expert, the conflicts panel members declared, the respondent's reply and its
-- deadlines, and the panel's decision with the corrective actions it requires.
alter table gavel.grievance add column external_expert varchar(300);
alter table gavel.grievance add column reply_by timestamp with time zone;
alter table gavel.grievance add column final_reply_by timestamp with time zone;
alter table gavel.grievance add column reply varchar(20000);
alter table gavel.grievance add column replied_at timestamp with time zone;
alter table gavel.grievance add column replied_by varchar(255);
alter table gavel.grievance add column decide_by timestamp with time zone;
alter table gavel.grievance add column finding varchar(20);
alter table gavel.grievance add column withhold_respondent boolean default false not null;

create table gavel.grievance_panel_member (
    grievance_id uuid         not null references gavel.grievance (id),
    username     varchar(255) not null,
    primary key (grievance_id, username)
);

create table gavel.grievance_conflict (
    grievance_id uuid                     not null references gavel.grievance (id),
    username     varchar(255)             not null,
    reason       varchar(2000)            not null,
    declared_at  timestamp with time zone not null,
    primary key (grievance_id, username)
);

create table gavel.grievance_corrective_action (
    grievance_id uuid          not null references gavel.grievance (id),
    position     integer       not null,
    action       varchar(2000) not null,
    due_by       date          not null,
    primary key (grievance_id, position)
);
