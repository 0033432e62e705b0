-- Personal API tokens: issued by the secretariat to one person for one of their roles,
-- for scripts that call /api without a browser session. Only the SHA-256 digest of the
-- token is kept; the token itself is shown once, when it is issued.
create table gavel.api_token (
    id           uuid                     primary key,
    owner        varchar(255)             not null,
    label        varchar(100)             not null,
    role         varchar(32)              not null,
    digest       char(64)                 not null unique,
    hint         varchar(12)              not null,
    issued_at    timestamp with time zone not null,
    issued_by    varchar(255)             not null,
    expires_at   timestamp with time zone not null,
    revoked_at   timestamp with time zone,
    revoked_by   varchar(255),
    last_used_at timestamp with time zone
);
