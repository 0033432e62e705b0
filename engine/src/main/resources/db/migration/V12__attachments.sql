-- Files attached to a feature's records (an RFP's templates, a proposal's documents, a
-- grievance's evidence). Stored in the database, whole, in one insert: an upload that fails
-- leaves nothing behind. The owning feature decides who else may read them.
create table gavel.attachment (
    id uuid primary key,
    owner_kind varchar(40) not null,
    owner_id varchar(80) not null,
    file_name varchar(200) not null,
    media_type varchar(120) not null,
    size_bytes bigint not null,
    sha256 char(64) not null,
    content bytea not null,
    uploaded_by varchar(100) not null,
    uploaded_at timestamp with time zone not null
);

create index attachment_owner on gavel.attachment (owner_kind, owner_id);
