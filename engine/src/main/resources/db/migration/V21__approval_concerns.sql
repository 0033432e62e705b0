-- The member organisation an EC item concerns (a sanction's respondent, say): its seat
-- holders are recused from every review round of the item, with the reason recorded.
alter table gavel.approval add column concerns varchar(255);
