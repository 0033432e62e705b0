package org.gavel.voting.process;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.forms.InputRefusedException;
import org.gavel.voting.OpeningBallot;
import org.gavel.voting.VotingSettings;
import org.gavel.voting.model.Ballot;

import org.springframework.stereotype.Component;

/**
 * Opens the ballot: snapshot roll and frozen rule set, as {@link OpeningBallot} does, and
 * works out when to remind and when to close.
 */
@Component("openBallotStep")
class OpenBallotStep implements JavaDelegate {

	private final OpeningBallot opening;

	private final Clock clock;

	private final Duration reminderBefore;

	OpenBallotStep(OpeningBallot opening, Clock clock, VotingSettings settings) {
		this.opening = opening;
		this.clock = clock;
		this.reminderBefore = settings.reminderBefore();
	}

	@Override
	public void execute(DelegateExecution execution) {
		Variables in = new Variables(execution);
		OpeningBallot.Outcome outcome = this.opening.open(new OpeningBallot.OpenBallot(in.text(BallotProcess.TITLE),
				in.text(BallotProcess.RULE_SET), in.integer(BallotProcess.RULE_SET_VERSION),
				in.uuid(BallotProcess.ROLL_ID), in.instant(BallotProcess.OPENS_AT), in.instant(BallotProcess.CLOSES_AT),
				in.zone(BallotProcess.TIME_ZONE), in.flag(BallotProcess.IN_ROOM_SESSION),
				in.text(BallotProcess.OPENED_BY)));
		if (outcome instanceof OpeningBallot.Outcome.Rejected rejected) {
			throw new InputRefusedException(rejected.field(), rejected.reason());
		}
		Ballot ballot = ((OpeningBallot.Outcome.Opened) outcome).ballot();
		Duration before = in.duration(BallotProcess.REMINDER_BEFORE, this.reminderBefore);
		Instant remindAt = ballot.closesAt().minus(before);
		boolean remind = remindAt.isAfter(ballot.opensAt()) && remindAt.isAfter(this.clock.instant());
		execution.setProcessBusinessKey(ballot.id().toString());
		execution.setVariable(BallotProcess.BALLOT_ID, ballot.id().toString());
		execution.setVariable(BallotProcess.REMIND, remind);
		execution.setVariable(BallotProcess.REMINDER_AT, Date.from(remind ? remindAt : ballot.closesAt()));
		execution.setVariable(BallotProcess.CLOSE_AT, Date.from(ballot.closesAt()));
		execution.setVariable(BallotProcess.IN_ROOM_SESSION, ballot.inRoomSession());
	}

	/** Reads the caller's variables, each refusal naming the variable. */
	private record Variables(DelegateExecution execution) {

		String text(String name) {
			Object value = this.execution.getVariable(name);
			return (value != null) ? value.toString() : null;
		}

		Integer integer(String name) {
			Object value = this.execution.getVariable(name);
			if (value == null || value instanceof Integer) {
				return (Integer) value;
			}
			try {
				return Integer.valueOf(value.toString());
			}
			catch (NumberFormatException ex) {
				throw new InputRefusedException(name, "'" + value + "' is not a whole number");
			}
		}

		UUID uuid(String name) {
			String value = required(name);
			try {
				return UUID.fromString(value);
			}
			catch (IllegalArgumentException ex) {
				throw new InputRefusedException(name, "'" + value + "' is not an id");
			}
		}

		Instant instant(String name) {
			Object value = this.execution.getVariable(name);
			if (value instanceof Date date) {
				return date.toInstant();
			}
			String text = required(name);
			try {
				return Instant.parse(text);
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw new InputRefusedException(name, "'" + text + "' is not an ISO-8601 instant");
			}
		}

		ZoneId zone(String name) {
			String value = required(name);
			try {
				return ZoneId.of(value);
			}
			catch (java.time.DateTimeException ex) {
				throw new InputRefusedException(name, "'" + value + "' is not a time zone such as Asia/Singapore");
			}
		}

		boolean flag(String name) {
			Object value = this.execution.getVariable(name);
			return (value instanceof Boolean flag) ? flag : Boolean.parseBoolean(String.valueOf(value));
		}

		Duration duration(String name, Duration otherwise) {
			String value = text(name);
			if (value == null || value.isBlank()) {
				return otherwise;
			}
			try {
				return Duration.parse(value);
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw new InputRefusedException(name, "'" + value + "' is not an ISO-8601 duration such as PT48H");
			}
		}

		private String required(String name) {
			String value = text(name);
			if (value == null || value.isBlank()) {
				throw new InputRefusedException(name, "is required");
			}
			return value;
		}

	}

}
