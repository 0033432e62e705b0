package org.gavel.voting;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.gavel.GavelIntegrationTest;
import org.gavel.TestClock;
import org.gavel.membership.TakingElectoralRoll;
import org.gavel.membership.model.Electorate;
import org.gavel.voting.CastingVote.CastVote;
import org.gavel.voting.CastingVote.Outcome;
import org.gavel.voting.model.Ballot;
import org.gavel.voting.model.Channel;
import org.gavel.voting.model.Choice;
import org.gavel.voting.model.Tally;
import org.gavel.voting.persistence.Ballots;
import org.gavel.voting.persistence.Votes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ballot box on PostgreSQL: one counted vote per voter, enforced by the database,
 * under concurrency and retries.
 */
@GavelIntegrationTest
class BallotBoxIT {

	@Autowired
	TakingElectoralRoll rolls;

	@Autowired
	OpeningBallot opening;

	@Autowired
	CastingVote casting;

	@Autowired
	Ballots ballots;

	@Autowired
	Votes votes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	void acceptsAVoteWithAReceiptAndCountsIt() {
		UUID ballot = openGaBallot("simple-majority");

		Outcome outcome = vote(ballot, "aisha", Choice.FOR, "k1");

		assertThat(outcome).isInstanceOfSatisfying(Outcome.Accepted.class, (accepted) -> {
			assertThat(accepted.receipt()).matches("[0-9A-F]{4}(-[0-9A-F]{4}){5}");
			assertThat(accepted.replayed()).isFalse();
		});
		Ballot stored = this.ballots.find(ballot).orElseThrow();
		assertThat(Tally.count(stored.rules(), this.votes.count(stored, Map.of())).explanation()).isEqualTo(
				"Overall: 100 % in favour, counting votes for and against; more than 50 % required: met\nOutcome: adopted");
	}

	@Test
	void refusesASecondVoteWhereChangeIsNotAllowed() {
		UUID ballot = openGaBallot("simple-majority");
		vote(ballot, "kofi", Choice.FOR, "first");

		Outcome second = vote(ballot, "kofi", Choice.AGAINST, "second");

		assertThat(second).isEqualTo(new Outcome.Rejected(CastingVote.Refusal.ALREADY_VOTED,
				"kofi has already voted, and this ballot does not allow a vote to be changed."));
		assertThat(this.votes.counted(ballot)).isOne();
	}

	@Test
	void aRetriedSubmissionGetsTheSameReceipt() {
		UUID ballot = openGaBallot("simple-majority");
		Outcome first = vote(ballot, "budi", Choice.AGAINST, "retry-me");

		Outcome retry = vote(ballot, "budi", Choice.AGAINST, "retry-me");

		assertThat(retry).isEqualTo(new Outcome.Accepted(((Outcome.Accepted) first).receipt(), true));
		assertThat(this.votes.counted(ballot)).isOne();
	}

	@Test
	void aLaterVoteSupersedesTheEarlierWhereChangeIsAllowedAndHistoryIsKept() {
		UUID ballot = openGaBallot("changeable-majority");
		vote(ballot, "fiona", Choice.AGAINST, "a");

		Outcome changed = vote(ballot, "fiona", Choice.FOR, "b");

		assertThat(changed).isInstanceOf(Outcome.Accepted.class);
		assertThat(this.votes.counted(ballot)).isOne();
		assertThat(this.jdbc.sql("select choice, superseded from gavel.vote where ballot_id = ? order by seq")
			.param(ballot)
			.query((rs, row) -> rs.getString(1) + ":" + rs.getBoolean(2))
			.list()).containsExactly("AGAINST:true", "FOR:false");
	}

	@Test
	void fiftyConcurrentSubmissionsOfOneVoterCountOnce() throws Exception {
		UUID ballot = openGaBallot("simple-majority");

		List<Outcome> outcomes = concurrently(50, (i) -> vote(ballot, "joost", Choice.FOR, "burst-" + i));

		assertThat(outcomes).filteredOn(Outcome.Accepted.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(Outcome.Rejected.class::isInstance).hasSize(49);
		assertThat(this.votes.counted(ballot)).isOne();
	}

	@Test
	void fiftyConcurrentChangesOfOneVoterLeaveOneCountedVote() throws Exception {
		UUID ballot = openGaBallot("changeable-majority");

		List<Outcome> outcomes = concurrently(50,
				(i) -> vote(ballot, "megan", (i % 2 == 0) ? Choice.FOR : Choice.AGAINST, "change-" + i));

		assertThat(outcomes).allMatch(Outcome.Accepted.class::isInstance);
		assertThat(this.votes.counted(ballot)).isOne();
		assertThat(this.jdbc.sql("select count(*) from gavel.vote where ballot_id = ?")
			.param(ballot)
			.query(Long.class)
			.single()).isEqualTo(50);
	}

	@Test
	void fiftyConcurrentRetriesOfOneSubmissionGiveOneReceipt() throws Exception {
		UUID ballot = openGaBallot("simple-majority");

		List<Outcome> outcomes = concurrently(50, (i) -> vote(ballot, "somchai", Choice.ABSTAIN, "the-same-key"));

		assertThat(outcomes).allMatch(Outcome.Accepted.class::isInstance);
		assertThat(outcomes.stream().map((o) -> ((Outcome.Accepted) o).receipt()).distinct()).hasSize(1);
		assertThat(this.votes.counted(ballot)).isOne();
	}

	@Test
	void aSecretBallotStoresNeitherWhoNorWhenWithTheChoice() {
		UUID ballot = openGaBallot("secret-majority");

		vote(ballot, "ana", Choice.AGAINST, "s1");

		assertThat(this.jdbc.sql("select voter, cast_at, choice from gavel.vote where ballot_id = ?")
			.param(ballot)
			.query((rs, row) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3))
			.single()).isEqualTo("null|null|AGAINST");
		assertThat(this.jdbc.sql("select current_receipt from gavel.ballot_voter where ballot_id = ? and voter = 'ana'")
			.param(ballot)
			.query(String.class)
			.optional()).isEmpty();
	}

	@Test
	void refusesVotesOutsideTheWindowOrTheRollAndWritesNothing() {
		Instant now = this.clock.instant();
		UUID notYet = open("simple-majority", now.plus(Duration.ofHours(3)), now.plus(Duration.ofHours(4)));
		UUID over = open("simple-majority", now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(1)));
		UUID open = open("simple-majority", now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(5)));
		this.clock.advance(Duration.ofHours(2));

		assertThat(vote(notYet, "aisha", Choice.FOR, null)).isInstanceOfSatisfying(Outcome.Rejected.class,
				(rejected) -> assertThat(rejected.reason()).startsWith("Voting opens at "));
		assertThat(vote(over, "aisha", Choice.FOR, null)).isInstanceOfSatisfying(Outcome.Rejected.class,
				(rejected) -> assertThat(rejected.reason()).startsWith("Voting closed at "));
		assertThat(vote(open, "lek", Choice.FOR, null)).isEqualTo(new Outcome.Rejected(CastingVote.Refusal.NOT_ON_ROLL,
				"lek is not on the electoral roll of this ballot."));
		assertThat(vote(UUID.randomUUID(), "aisha", Choice.FOR, null)).isInstanceOf(Outcome.Rejected.class);
		assertThat(List.of(notYet, over, open)).allSatisfy((b) -> assertThat(this.votes.counted(b)).isZero());
	}

	@Test
	void aBallotFreezesTheRuleSetsText() {
		UUID ballot = openGaBallot("gpsnr-ga");

		String frozen = this.jdbc.sql("select rule_set_source from gavel.ballot where id = ?")
			.param(ballot)
			.query(String.class)
			.single();

		assertThat(frozen).contains("name: gpsnr-ga", "    civil-society: 30\n");
	}

	private UUID openGaBallot(String ruleSet) {
		return open(ruleSet, Instant.now().minus(Duration.ofMinutes(1)), Instant.now().plus(Duration.ofHours(1)));
	}

	private UUID open(String ruleSet, Instant opens, Instant closes) {
		var taken = this.rolls
			.take(new TakingElectoralRoll.TakeElectoralRoll(Electorate.GENERAL_ASSEMBLY, null, "sara"))
			.orElseThrow();
		var opened = this.opening.open(new OpeningBallot.OpenBallot("Restructure smallholder membership", ruleSet, null,
				taken.roll().id(), opens, closes, ZoneId.of("Asia/Singapore"), false, "sara"));
		return opened.orElseThrow().id();
	}

	private Outcome vote(UUID ballot, String voter, Choice choice, String key) {
		return this.casting.cast(new CastVote(ballot, voter, choice, Channel.ONLINE, key));
	}

	private static List<Outcome> concurrently(int count, IntFunction<Outcome> submission) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Outcome>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int n = i;
				futures.add(pool.submit(() -> {
					start.await();
					return submission.apply(n);
				}));
			}
			start.countDown();
			List<Outcome> outcomes = new ArrayList<>();
			for (Future<Outcome> future : futures) {
				outcomes.add(future.get());
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
