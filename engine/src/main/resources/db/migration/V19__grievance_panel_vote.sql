-- A complaints panel without consensus puts its proposed decision to a vote of its
-- members: while the ballot runs the decision is PROPOSED; adopted, it is the panel's
-- decision (the status cleared); not adopted, it is cleared and the panel decides again.
alter table gavel.grievance add column decision_status varchar(20);
