-- Meetings (a General Assembly's session, say) and their attendance registers: where a rule
-- set counts quorum for the meeting (quorum.level MEETING), every ballot of the meeting is
-- counted with the quorum of its register. A place is an organisation's identifier (its
-- designated voter attends) or a person's username.
create table gavel.meeting (
    id          uuid                     primary key,
    title       varchar(500)             not null,
    held_at     timestamp with time zone not null,
    time_zone   varchar(60)              not null,
    created_by  varchar(255)             not null,
    created_at  timestamp with time zone not null
);

create table gavel.meeting_attendance (
    meeting_id     uuid                     not null references gavel.meeting (id),
    place          varchar(255)             not null,
    presence       varchar(16)              not null,
    represented_by varchar(255),
    recorded_by    varchar(255)             not null,
    recorded_at    timestamp with time zone not null,
    primary key (meeting_id, place)
);

alter table gavel.ballot add column meeting_id uuid references gavel.meeting (id);
