-- What a stand-alone ballot asks, as the voters read it on the ballot page (a ballot on
-- a resolution shows the resolution's text instead).
alter table gavel.ballot add column question text;
