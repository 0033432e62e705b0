-- pgbench: the transaction Gavel runs for a first vote, without Gavel (docs/benchmarks.md).
-- pgbench -n -c 16 -j 2 -T 15 -f vote-transaction.sql -D ballot="'BALLOT-ID'" ...
\set n random(1, 2000000000)
BEGIN;
select id from gavel.ballot where id = :ballot and closed_at is null for share;
insert into gavel.ballot_voter (ballot_id, voter, current_receipt)
    values (:ballot, 'p' || :n || '-' || md5(random()::text), md5(random()::text));
insert into gavel.vote (ballot_id, voter, chamber, choice, channel, receipt, idempotency_key, cast_at)
    values (:ballot, 'p' || :n, 'civil-society', 'FOR', 'ONLINE', md5(random()::text), md5(random()::text), now());
COMMIT;
