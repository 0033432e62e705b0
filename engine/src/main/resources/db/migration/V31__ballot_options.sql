-- A ballot between options (a venue, a budget among several, a name): its options in their
-- order; a ballot without any is a motion, voted for, against or abstain. A vote for an
-- option is stored with choice FOR and the option's number.
create table gavel.ballot_option (
    ballot_id uuid         not null references gavel.ballot (id),
    number    smallint     not null,
    label     varchar(200) not null,
    primary key (ballot_id, number),
    constraint ballot_option_numbered_from_one check (number >= 1)
);

alter table gavel.vote add column option_no smallint;
alter table gavel.vote add constraint vote_option_is_for check (option_no is null or choice = 'FOR');
