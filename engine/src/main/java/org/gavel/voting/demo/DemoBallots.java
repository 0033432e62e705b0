package org.gavel.voting.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gavel.membership.TakingElectoralRoll;
import org.gavel.membership.model.Electorate;
import org.gavel.system.DemoLog;
import org.gavel.voting.CastingVote;
import org.gavel.voting.OpeningBallot;
import org.gavel.voting.model.Ballot;
import org.gavel.voting.model.Channel;
import org.gavel.voting.model.Choice;
import org.gavel.voting.persistence.Ballots;
import org.gavel.voting.persistence.Votes;
import org.gavel.voting.process.BallotProcess;
import org.gavel.voting.process.BallotProcesses;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds two demo ballots on an empty database when {@code gavel.demo.seed} is on (the
 * embedded defaults; off with the {@code postgres} profile): one open, with some votes in
 * the box, and one whose result the scrutineers have published ({@code DEMO-001}).
 */
@Component
@ConditionalOnProperty(name = "gavel.demo.seed", havingValue = "true")
class DemoBallots {

	private static final ZoneId SINGAPORE = ZoneId.of("Asia/Singapore");

	private final JdbcClient jdbc;

	private final TakingElectoralRoll rolls;

	private final BallotProcesses processes;

	private final CastingVote casting;

	private final Ballots ballots;

	private final Votes votes;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoBallots(JdbcClient jdbc, TakingElectoralRoll rolls, BallotProcesses processes, CastingVote casting,
			Ballots ballots, Votes votes, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.rolls = rolls;
		this.processes = processes;
		this.casting = casting;
		this.ballots = ballots;
		this.votes = votes;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void seed() {
		if (this.jdbc.sql("select count(*) from gavel.ballot").query(Long.class).single() > 0) {
			return;
		}
		UUID roll = this.rolls
			.take(new TakingElectoralRoll.TakeElectoralRoll(Electorate.GENERAL_ASSEMBLY, null, "sara"))
			.orElseThrow()
			.roll()
			.id();
		Instant now = this.clock.instant();
		UUID open = open("Adopt the smallholder inclusion roadmap", "gpsnr-ga", roll, now.minus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(13)));
		Map.of("aisha", Choice.FOR, "fiona", Choice.FOR, "kofi", Choice.AGAINST, "kenji", Choice.ABSTAIN)
			.forEach((voter, choice) -> this.casting
				.cast(new CastingVote.CastVote(open, voter, choice, Channel.ONLINE, "demo-" + voter)));

		UUID past = open("Approve the 2027 membership fees", "simple-majority", roll, now.minus(Duration.ofDays(10)),
				now.minus(Duration.ofDays(3)));
		Ballot ballot = this.ballots.find(past).orElseThrow();
		List<String> inFavour = List.of("ana", "bao", "nils", "olivia", "megan", "luca", "joost", "budi");
		List<String> against = List.of("claire", "somchai");
		this.transactions.executeWithoutResult((tx) -> {
			// the window is past: the demo puts its votes in the box as they would have
			// been cast
			inFavour.forEach((voter) -> put(ballot, voter, Choice.FOR, now.minus(Duration.ofDays(8))));
			against.forEach((voter) -> put(ballot, voter, Choice.AGAINST, now.minus(Duration.ofDays(7))));
		});
		this.processes.closeNow(past, "sara").orElseThrow();
		this.processes.signOff(past, "scott", "Checked against the audit export.").orElseThrow();
		this.processes.signOff(past, "sandra", null).orElseThrow();
		DemoLog.BALLOTS_SEEDED.log(open, past);
	}

	private UUID open(String title, String ruleSet, UUID roll, Instant opens, Instant closes) {
		return this.processes
			.open(new BallotProcess.Input(
					new OpeningBallot.OpenBallot(title, ruleSet, null, roll, opens, closes, SINGAPORE, false, "sara"),
					null, true))
			.orElseThrow()
			.id();
	}

	private void put(Ballot ballot, String voter, Choice choice, Instant castAt) {
		String receipt = "DEMO-" + voter.toUpperCase();
		this.votes.claim(ballot, voter, receipt, null);
		this.votes.insert(ballot, ballot.elector(voter).orElseThrow(), choice, Channel.ONLINE, receipt, null, castAt,
				null);
	}

}
