package org.gavel.voting.process;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.system.engine.InputRefusedException;
import org.gavel.voting.OpeningBallot;
import org.gavel.voting.VotingSettings;
import org.gavel.voting.model.Ballot;

import org.springframework.stereotype.Component;

/**
 * Opens the ballot: snapshot roll and frozen rule set, as {@link OpeningBallot} does, and
 * works out when to remind and when to close. A refusal rolls the start back, so the
 * caller stores nothing.
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
		BallotProcess.Input in = BallotProcess.Input.of(execution);
		Ballot ballot = this.opening.open(in.ballot()).orElseThrow(InputRefusedException::new);
		Duration before = (in.reminderBefore() != null) ? in.reminderBefore() : this.reminderBefore;
		Instant remindAt = ballot.closesAt().minus(before);
		boolean remind = remindAt.isAfter(ballot.opensAt()) && remindAt.isAfter(this.clock.instant());
		execution.setProcessBusinessKey(ballot.id().toString());
		BallotProcess.BALLOT_ID.set(execution, ballot.id());
		BallotProcess.REMIND.set(execution, remind);
		BallotProcess.REMINDER_AT.set(execution, remind ? remindAt : ballot.closesAt());
		BallotProcess.CLOSE_AT.set(execution, ballot.closesAt());
		BallotProcess.IN_ROOM_SESSION.set(execution, ballot.inRoomSession());
	}

}
