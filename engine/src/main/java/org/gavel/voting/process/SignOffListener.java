package org.gavel.voting.process;

import java.time.Clock;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.membership.Directory;
import org.gavel.membership.model.Person;
import org.gavel.membership.model.Role;
import org.gavel.system.engine.InputRefusedException;
import org.gavel.voting.VotingLog;
import org.gavel.voting.persistence.Ballots;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Records a scrutineer's sign-off when their task completes ({@code VOTING-021}), in
 * Tasklist or the portal alike. The table's key refuses a second sign-off by the same
 * person, so two sign-offs are two different scrutineers.
 */
@Component("signOffListener")
class SignOffListener implements TaskListener {

	private final Ballots ballots;

	private final Directory directory;

	private final Clock clock;

	SignOffListener(Ballots ballots, Directory directory, Clock clock) {
		this.ballots = ballots;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		// the engine has checked that the assignee is the signed-in person (TaskActors)
		String scrutineer = task.getAssignee();
		boolean entitled = this.directory.membership()
			.person(scrutineer)
			.filter(Person::enabled)
			.map((person) -> person.roles().contains(Role.SCRUTINEER))
			.orElse(false);
		if (!entitled) {
			throw new InputRefusedException(null, scrutineer + " is not a scrutineer and cannot sign a result off.");
		}
		UUID ballot = BallotProcess.BALLOT_ID.from(task);
		try {
			this.ballots.signOff(ballot, scrutineer, this.clock.instant(),
					BallotProcess.REMARK.optional(task).map(String::strip).orElse(null));
		}
		catch (DuplicateKeyException ex) {
			throw new InputRefusedException(null, scrutineer
					+ " has signed this result off already; the second sign-off must come from another scrutineer.");
		}
		VotingLog.SIGNED_OFF.log(ballot, scrutineer);
	}

}
