-- pgbench: the vote as one statement (hold the ballot open, claim the voter's place, insert
-- the vote), for comparison with vote-transaction.sql (docs/benchmarks.md).
-- pgbench -n -c 16 -j 2 -T 15 -f vote-one-statement.sql -D ballot="'BALLOT-ID'" ...
\set n random(1, 2000000000)
with open as (select id from gavel.ballot where id = :ballot and closed_at is null for share),
claim as (insert into gavel.ballot_voter (ballot_id, voter, current_receipt)
          select id, 'c' || :n || '-' || md5(random()::text), md5(random()::text) from open
          returning ballot_id, voter)
insert into gavel.vote (ballot_id, voter, chamber, choice, channel, receipt, idempotency_key, cast_at)
select ballot_id, voter, 'civil-society', 'FOR', 'ONLINE', md5(random()::text), md5(random()::text), now()
from claim;
