-- Chain version 2 (every ballot created from now on): the hash chain and the audit export
-- of a secret ballot follow the order of its receipts (random), never the order in which
-- votes arrived, and carry no sequence number; an open ballot's votes are numbered within
-- the ballot (1, 2, 3 ...) instead of by the box's global sequence, which a secret vote
-- cast right after the same voter's open vote would follow. Ballots closed before keep
-- version 1, under which their heads were published.
alter table gavel.ballot add column chain_version integer not null default 1;

-- Idempotency keys are scoped to the voter from now on: the column holds a digest of the
-- voter, whoever cast the vote and the client's key (earlier rows hold the key itself).
