-- A closed ballot keeps its result and the head of the hash chain over its votes.
alter table gavel.ballot add column closed_at timestamp with time zone;
alter table gavel.ballot add column chain_head varchar(64);
alter table gavel.ballot add column outcome varchar(16);
alter table gavel.ballot add column explanation text;
