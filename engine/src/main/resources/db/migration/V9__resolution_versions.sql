-- Each version of a resolution's text, so that everyone sees what changed when a returned
-- resolution comes back. Resolutions drafted before this table keep their current version.
create table gavel.resolution_version (
    resolution_id  uuid                     not null references gavel.resolution (id),
    version        integer                  not null,
    title          varchar(300)             not null,
    type           varchar(16)              not null,
    rationale      varchar(8000)            not null,
    operative_text varchar(8000)            not null,
    change_note    varchar(2000),
    written_by     varchar(255)             not null,
    written_at     timestamp with time zone not null,
    primary key (resolution_id, version)
);

insert into gavel.resolution_version (resolution_id, version, title, type, rationale, operative_text, written_by,
                                      written_at)
select id, version, title, type, rationale, operative_text, proposer, created_at
from gavel.resolution;
