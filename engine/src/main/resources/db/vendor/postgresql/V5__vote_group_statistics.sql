-- The count groups votes by chamber, sub-chamber, member type, channel and choice: a
-- handful of groups. Without statistics on the columns together, PostgreSQL multiplies
-- their separate counts of distinct values, expects tens of thousands of groups and sorts
-- a million-vote ballot on disk instead of hashing it (0.86 s against 0.22 s, measured).
create statistics gavel.vote_groups (ndistinct) on chamber, sub_chamber, member_type, channel, choice
    from gavel.vote;
