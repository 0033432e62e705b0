-- Spoilt ballots counted in the room: reported apart from for, against and abstain, and
-- counted toward quorum where the rule set says so. Tallies entered before have none.
alter table gavel.in_room_tally add column spoilt integer default 0 not null;
alter table gavel.in_room_tally add constraint in_room_tally_spoilt_not_negative check (spoilt >= 0);
