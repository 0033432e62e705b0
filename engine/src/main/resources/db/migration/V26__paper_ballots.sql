-- A ballot whose vote was held on paper: its window is in the past, nobody votes online,
-- the secretariat enters the figures and the certificate says so.
alter table gavel.ballot add column held_on_paper boolean default false not null;
