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
import org.gavel.voting.EnteringInRoomTally;
import org.gavel.voting.OpeningBallot;
import org.gavel.voting.model.Answer;
import org.gavel.voting.model.Channel;
import org.gavel.voting.model.Choice;
import org.gavel.voting.model.Counts;
import org.gavel.voting.model.VotingGroup;
import org.gavel.voting.process.BallotProcess;
import org.gavel.voting.process.BallotProcesses;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seeds two demo ballots on an empty database when {@code gavel.demo.seed} is on (the
 * embedded defaults; off with the {@code postgres} profile): one open, with some votes in
 * the box, and one held on paper last week, its figures entered by the secretariat and
 * its result published by the scrutineers ({@code DEMO-001}).
 */
@Component
@ConditionalOnProperty(name = "gavel.demo.seed", havingValue = "true")
class DemoBallots {

	private static final ZoneId SINGAPORE = ZoneId.of("Asia/Singapore");

	private final JdbcClient jdbc;

	private final TakingElectoralRoll rolls;

	private final BallotProcesses processes;

	private final CastingVote casting;

	private final EnteringInRoomTally inRoom;

	private final Clock clock;

	DemoBallots(JdbcClient jdbc, TakingElectoralRoll rolls, BallotProcesses processes, CastingVote casting,
			EnteringInRoomTally inRoom, Clock clock) {
		this.jdbc = jdbc;
		this.rolls = rolls;
		this.processes = processes;
		this.casting = casting;
		this.inRoom = inRoom;
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

		// a ballot between options, under the same rule set: the members choose a venue
		UUID venue = this.processes
			.open(new BallotProcess.Input(
					new OpeningBallot.OpenBallot("Where the 2027 General Assembly meets", "gpsnr-ga", null, roll,
							now.minus(Duration.ofHours(6)), now.plus(Duration.ofDays(13)), SINGAPORE, false, false,
							"sara",
							"Which city hosts the General Assembly of November 2027? The secretariat has costed each "
									+ "venue; travel support for smallholder representatives is the same in all three.",
							null, List.of("Chiang Mai, Thailand", "Medan, Indonesia", "Abidjan, C\u00f4te d'Ivoire")),
					null, true))
			.orElseThrow()
			.id();
		Map.of("aisha", 2, "kofi", 3, "fiona", 2)
			.forEach((voter, option) -> this.casting.cast(new CastingVote.CastVote(venue, voter, Answer.option(option),
					Channel.ONLINE, "demo-venue-" + voter, null)));

		// a vote the General Assembly held on paper last week: the secretariat enters the
		// figures per voting group
		UUID past = this.processes
			.open(new BallotProcess.Input(new OpeningBallot.OpenBallot("Approve the 2027 membership fees",
					"simple-majority", null, roll, now.minus(Duration.ofDays(8)),
					now.minus(Duration.ofDays(8)).plus(Duration.ofHours(2)), SINGAPORE, true, true, "sara",
					"Do you approve the 2027 membership fees as the Executive Committee proposes them: unchanged "
							+ "for smallholder groups, 3% higher for every other category?"),
					null, true))
			.orElseThrow()
			.id();
		// simple-majority counts one member one vote: the paper count is one tally for
		// the
		// whole roll, 8 for and 2 against
		if (!(this.inRoom.enter(new EnteringInRoomTally.EnterTally(past, VotingGroup.WHOLE_ROLL, new Counts(8, 2, 0, 0),
				0, "sara")) instanceof EnteringInRoomTally.Outcome.Entered)) {
			throw new IllegalStateException("the demo's paper figures were refused");
		}
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

}
