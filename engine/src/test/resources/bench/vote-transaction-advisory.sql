-- pgbench: the vote transaction with a shared advisory lock instead of the row lock; the
-- claim inserts only while the ballot is open, so it stays three statements.
-- pgbench -n -c 16 -j 2 -T 15 -f vote-transaction-advisory.sql -D ballot="'BALLOT-ID'" ...
\set n random(1, 2000000000)
BEGIN;
select pg_advisory_xact_lock_shared(42);
insert into gavel.ballot_voter (ballot_id, voter, current_receipt)
    select :ballot, 'a' || :n || '-' || md5(random()::text), md5(random()::text)
    where exists (select 1 from gavel.ballot where id = :ballot and closed_at is null);
insert into gavel.vote (ballot_id, voter, chamber, choice, channel, receipt, idempotency_key, cast_at)
    values (:ballot, 'a' || :n, 'civil-society', 'FOR', 'ONLINE', md5(random()::text), md5(random()::text), now());
COMMIT;
