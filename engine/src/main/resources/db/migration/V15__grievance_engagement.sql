-- Bilateral engagement of a low-risk grievance: its deadline, and the outcome the
-- secretariat publishes on the register when the case closes.
alter table gavel.grievance add column engagement_due_by timestamp with time zone;
alter table gavel.grievance add column outcome varchar(4000);
