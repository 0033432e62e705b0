package org.gavel.voting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gavel.GavelIntegrationTest;
import org.gavel.TestClock;
import org.gavel.membership.TakingElectoralRoll;
import org.gavel.membership.model.Electorate;
import org.gavel.system.Outcome;
import org.gavel.voting.CastingVote.CastVote;
import org.gavel.voting.model.BallotOutcome;
import org.gavel.voting.model.Channel;
import org.gavel.voting.model.Choice;
import org.gavel.voting.model.Counts;
import org.gavel.voting.model.VotingGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing a ballot: every acknowledged vote counted, the hash chain published, receipts
 * checkable, on PostgreSQL, with the clock moved rather than waited for.
 */
@GavelIntegrationTest
class ClosingBallotIT {

	private static final List<String> VOTERS = List.of("ana", "bao", "nils", "olivia", "claire", "kenji", "megan",
			"luca", "fiona", "joost", "aisha", "budi", "somchai", "kofi");

	@Autowired
	TakingElectoralRoll rolls;

	@Autowired
	OpeningBallot opening;

	@Autowired
	CastingVote casting;

	@Autowired
	ClosingBallot closing;

	@Autowired
	FrozenBallots frozen;

	@Autowired
	GivingProxy proxies;

	@Autowired
	WithdrawingProxy withdrawing;

	@Autowired
	EnteringInRoomTally inRoom;

	@Autowired
	CheckingReceipt receipts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	void closingCountsTheVotesAndPublishesAChainAnAuditorCanRecompute() throws Exception {
		UUID ballot = openFor(Duration.ofHours(1));
		vote(ballot, "aisha", Choice.FOR);
		vote(ballot, "kofi", Choice.FOR);
		vote(ballot, "nils", Choice.AGAINST);
		assertThat(this.closing.close(ballot).isAccepted()).as("refused while voting is open").isFalse();
		assertThat(this.frozen.holds(ballot)).as("the open ballot's roll is in memory").isTrue();

		this.clock.advance(Duration.ofHours(2));
		ClosingBallot.Closed c = this.closing.close(ballot).orElseThrow();
		String recomputed = recomputedHead(ballot);

		assertThat(c.result().outcome()).isEqualTo(BallotOutcome.ADOPTED);
		assertThat(c.votes()).isEqualTo(3);
		assertThat(c.chainHead()).isEqualTo(recomputed);
		assertThat(this.closing.close(ballot)).isEqualTo(Outcome.refused("The ballot is closed already."));
		assertThat(vote(ballot, "budi", Choice.FOR)).isInstanceOfSatisfying(CastingVote.Outcome.Rejected.class,
				(rejected) -> assertThat(rejected.reason()).startsWith("Voting closed at "));
		assertThat(this.frozen.holds(ballot)).as("a closed ballot's roll leaves memory, even after a late vote")
			.isFalse();
	}

	@Test
	void proxiesAndInRoomTalliesDoNotBringACountedBallotsRollBackIntoMemory() {
		UUID ballot = open("proxy-majority", Duration.ofDays(3), true);
		assertThat(this.proxies.give(new GivingProxy.GiveProxy(ballot, "ana", "kofi", "ana")))
			.isInstanceOf(GivingProxy.Outcome.Given.class);
		assertThat(this.frozen.holds(ballot)).as("a proxy given before the vote loads no roll").isFalse();
		vote(ballot, "bao", Choice.FOR);
		assertThat(this.frozen.holds(ballot)).as("the vote path loads it").isTrue();
		this.clock.advance(Duration.ofDays(4));
		this.closing.close(ballot).orElseThrow();
		assertThat(this.frozen.holds(ballot)).as("counted").isFalse();

		assertThat(this.inRoom.enter(
				new EnteringInRoomTally.EnterTally(ballot, VotingGroup.WHOLE_ROLL, new Counts(1, 0, 0, 0), 0, "sara")))
			.isInstanceOfSatisfying(EnteringInRoomTally.Outcome.Refused.class,
					(refused) -> assertThat(refused.refusal()).isEqualTo(EnteringInRoomTally.Refusal.CLOSED));
		assertThat(this.frozen.holds(ballot)).as("after an in-room tally").isFalse();
		assertThat(this.proxies.give(new GivingProxy.GiveProxy(ballot, "nils", "kofi", "nils"))).isInstanceOfSatisfying(
				GivingProxy.Outcome.Refused.class,
				(refused) -> assertThat(refused.refusal()).isEqualTo(GivingProxy.Refusal.TOO_LATE));
		assertThat(this.frozen.holds(ballot)).as("after a proxy given").isFalse();
		assertThat(this.withdrawing.withdraw(new WithdrawingProxy.WithdrawProxy(ballot, "ana", "ana")))
			.isInstanceOfSatisfying(GivingProxy.Outcome.Refused.class,
					(refused) -> assertThat(refused.refusal()).isEqualTo(GivingProxy.Refusal.TOO_LATE));
		assertThat(this.frozen.holds(ballot)).as("after a proxy withdrawn").isFalse();
	}

	@Test
	void aReceiptTellsWhereItsVoteIsAndWhetherItCountsButNotTheChoice() {
		UUID ballot = openFor(Duration.ofHours(1));
		String first = receipt(vote(ballot, "aisha", Choice.AGAINST));
		String second = receipt(vote(ballot, "joost", Choice.FOR));
		this.clock.advance(Duration.ofHours(2));
		String head = this.closing.close(ballot).orElseThrow().chainHead();

		assertThat(this.receipts.check(ballot, second)).isInstanceOfSatisfying(CheckingReceipt.Answer.Included.class,
				(included) -> {
					assertThat(included.position()).isEqualTo(2);
					assertThat(included.of()).isEqualTo(2);
					assertThat(included.counted()).isTrue();
					assertThat(included.link()).isEqualTo(head);
					assertThat(included.chainHead()).isEqualTo(head);
				});
		assertThat(this.receipts.check(ballot, first)).isInstanceOf(CheckingReceipt.Answer.Included.class);
		assertThat(this.receipts.check(ballot, "0000-0000-0000-0000-0000-0000"))
			.isInstanceOf(CheckingReceipt.Answer.NotFound.class);
	}

	@RepeatedTest(14)
	void everyVoteAcknowledgedWhileTheBallotClosesIsInTheCountAndTheChain(RepetitionInfo repetition) throws Exception {
		UUID ballot = openFor(Duration.ofMinutes(30));
		int closeAfter = repetition.getCurrentRepetition() - 1;
		ExecutorService pool = Executors.newFixedThreadPool(VOTERS.size() + 1);
		try {
			CountDownLatch start = new CountDownLatch(1);
			CountDownLatch done = new CountDownLatch(closeAfter);
			List<Future<CastingVote.Outcome>> casts = new ArrayList<>();
			for (String voter : VOTERS) {
				casts.add(pool.submit(() -> {
					start.await();
					try {
						return vote(ballot, voter, Choice.FOR);
					}
					finally {
						done.countDown();
					}
				}));
			}
			Future<Outcome<ClosingBallot.Closed>> close = pool.submit(() -> {
				done.await();
				this.clock.advance(Duration.ofHours(1));
				return this.closing.close(ballot);
			});
			start.countDown();
			List<String> acknowledged = new ArrayList<>();
			for (Future<CastingVote.Outcome> cast : casts) {
				if (cast.get() instanceof CastingVote.Outcome.Accepted accepted) {
					acknowledged.add(accepted.receipt());
				}
			}
			ClosingBallot.Closed closed = close.get().orElseThrow();

			assertThat(acknowledged).as("votes completed before the close began are acknowledged")
				.hasSizeGreaterThanOrEqualTo(closeAfter);
			assertThat(closed.votes()).isEqualTo(acknowledged.size());
			assertThat(closed.result().totals().ballots().inFavour()).isEqualTo(acknowledged.size());
			assertThat(acknowledged).allSatisfy((receipt) -> assertThat(this.receipts.check(ballot, receipt))
				.isInstanceOf(CheckingReceipt.Answer.Included.class));
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aVoteArrivingWhileTheBallotIsBeingClosedWaitsAndIsRefusedNotLost() throws Exception {
		UUID ballot = openFor(Duration.ofMinutes(30));
		CountDownLatch closing = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			// a close in progress: the ballot's row locked and marked closed, not yet
			// committed
			Future<?> closer = pool.submit(() -> this.transactions.executeWithoutResult((tx) -> {
				this.jdbc.sql("select id from gavel.ballot where id = ? for update").param(ballot).query().listOfRows();
				this.jdbc.sql("update gavel.ballot set closed_at = now(), outcome = 'REJECTED' where id = ?")
					.param(ballot)
					.update();
				closing.countDown();
				try {
					commit.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}));
			closing.await();
			Future<CastingVote.Outcome> cast = pool.submit(() -> vote(ballot, "ana", Choice.FOR));

			Thread.sleep(500);
			assertThat(cast.isDone()).as("the vote waits for the close in progress").isFalse();
			commit.countDown();
			closer.get();

			assertThat(cast.get()).isInstanceOf(CastingVote.Outcome.Rejected.class);
			assertThat(((CastingVote.Outcome.Rejected) cast.get()).refusal()).isEqualTo(CastingVote.Refusal.NOT_OPEN);
			assertThat(this.jdbc.sql("select count(*) from gavel.vote where ballot_id = ?")
				.param(ballot)
				.query(Long.class)
				.single()).isZero();
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * The chain as an auditor recomputes it from the votes, with no code of Gavel's: an
	 * open ballot's votes in the order cast, numbered from 1.
	 */
	private String recomputedHead(UUID ballot) throws Exception {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		String link = HexFormat.of().formatHex(sha.digest(("gavel-ballot:" + ballot).getBytes(StandardCharsets.UTF_8)));
		for (String line : this.jdbc
			.sql("""
					select row_number() over (order by seq) || '|' || chamber || '|' || coalesce(sub_chamber, '') || '|'
					    || coalesce(member_type, '') || '|' || choice || '|' || channel || '|' || receipt || '|' || superseded
					from gavel.vote where ballot_id = ? order by seq""")
			.param(ballot)
			.query(String.class)
			.list()) {
			link = HexFormat.of().formatHex(sha.digest((link + "\n" + line).getBytes(StandardCharsets.UTF_8)));
		}
		return link;
	}

	private UUID openFor(Duration window) {
		return open("simple-majority", window, false);
	}

	private UUID open(String ruleSet, Duration window, boolean inRoomSession) {
		var taken = this.rolls
			.take(new TakingElectoralRoll.TakeElectoralRoll(Electorate.GENERAL_ASSEMBLY, null, "sara"))
			.orElseThrow();
		Instant now = this.clock.instant();
		var opened = this.opening
			.open(new OpeningBallot.OpenBallot("Implementation guidance", ruleSet, null, taken.roll().id(),
					now.minus(Duration.ofMinutes(1)), now.plus(window), ZoneId.of("Asia/Singapore"), inRoomSession,
					"sara"))
			.orElseThrow();
		return opened.id();
	}

	private CastingVote.Outcome vote(UUID ballot, String voter, Choice choice) {
		return this.casting.cast(new CastVote(ballot, voter, choice, Channel.ONLINE, UUID.randomUUID().toString()));
	}

	private static String receipt(CastingVote.Outcome outcome) {
		return ((CastingVote.Outcome.Accepted) outcome).receipt();
	}

}
