-- Electorates defined in configuration (gavel.membership.electorates): a roll names a
-- built-in electorate (GENERAL_ASSEMBLY, ...) or a configured one's identifier, and says
-- whether its places are organisations' (cast by their designated voters) or persons'.
alter table gavel.electoral_roll alter column electorate set data type varchar(64);
alter table gavel.electoral_roll add column per_organisation boolean not null default false;
update gavel.electoral_roll set per_organisation = true where electorate = 'GENERAL_ASSEMBLY';
