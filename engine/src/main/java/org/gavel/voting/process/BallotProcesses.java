package org.gavel.voting.process;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.task.Task;
import org.gavel.forms.InputRefusedException;
import org.gavel.forms.TaskForms;
import org.gavel.voting.ClosingBallot;
import org.gavel.voting.OpeningBallot;
import org.gavel.voting.persistence.Ballots;

import org.springframework.stereotype.Service;

/**
 * Runs ballots as {@code BallotProcess} instances: opening one starts the process, whose
 * first step stores the ballot, so a refusal leaves nothing behind; the portal and the
 * API complete its user tasks as Tasklist would.
 */
@Service
public class BallotProcesses {

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final Ballots ballots;

	private final TaskForms taskForms;

	private final OpeningBallot opening;

	private final ClosingBallot closing;

	private final ManagementService management;

	private final java.time.Clock clock;

	BallotProcesses(RuntimeService runtime, TaskService tasks, Ballots ballots, TaskForms taskForms,
			OpeningBallot opening, ClosingBallot closing, ManagementService management, java.time.Clock clock) {
		this.clock = clock;
		this.opening = opening;
		this.closing = closing;
		this.management = management;
		this.runtime = runtime;
		this.tasks = tasks;
		this.ballots = ballots;
		this.taskForms = taskForms;
	}

	/**
	 * Opens a ballot by starting its process.
	 * @param command the ballot
	 * @param reminderBefore how long before the close to remind, or {@code null} for the
	 * default
	 * @return the ballot opened, or why not (nothing stored)
	 */
	public OpeningBallot.Outcome open(OpeningBallot.OpenBallot command, Duration reminderBefore) {
		Optional<OpeningBallot.Outcome.Rejected> invalid = this.opening.check(command);
		if (invalid.isPresent()) {
			return invalid.get();
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put(BallotProcess.TITLE, command.title());
		variables.put(BallotProcess.RULE_SET, command.ruleSet());
		variables.put(BallotProcess.RULE_SET_VERSION, command.ruleSetVersion());
		variables.put(BallotProcess.ROLL_ID, command.rollId().toString());
		variables.put(BallotProcess.OPENS_AT, command.opensAt().toString());
		variables.put(BallotProcess.CLOSES_AT, command.closesAt().toString());
		variables.put(BallotProcess.TIME_ZONE, command.zone().getId());
		variables.put(BallotProcess.IN_ROOM_SESSION, command.inRoomSession());
		variables.put(BallotProcess.OPENED_BY, command.openedBy());
		if (reminderBefore != null) {
			variables.put(BallotProcess.REMINDER_BEFORE, reminderBefore.toString());
		}
		try {
			ProcessInstanceWithVariables started = this.runtime.createProcessInstanceByKey(BallotProcess.KEY)
				.setVariables(variables)
				.executeWithVariablesInReturn();
			UUID id = UUID.fromString(started.getVariables().getValue(BallotProcess.BALLOT_ID, String.class));
			return new OpeningBallot.Outcome.Opened(this.ballots.find(id).orElseThrow());
		}
		catch (RuntimeException ex) {
			InputRefusedException refused = InputRefusedException.in(ex).orElseThrow(() -> ex);
			return new OpeningBallot.Outcome.Rejected(refused.field(), refused.reason());
		}
	}

	/**
	 * Counts a ballot whose online window has passed, now: the process's due steps run at
	 * once (the close timer, or the end of a hybrid ballot's in-room session) instead of
	 * waiting for the job executor. A ballot opened without the process is closed
	 * directly.
	 * @param ballot the ballot
	 * @return empty when counted (or counted already), else why not
	 */
	public Optional<String> closeNow(UUID ballot, String by) {
		var found = this.ballots.find(ballot).orElse(null);
		if (found == null) {
			return Optional.of("There is no ballot " + ballot + ".");
		}
		if (this.clock.instant().isBefore(found.closesAt())) {
			return Optional.of("Voting is open until " + found.closesAt().atZone(found.zone()) + ".");
		}
		if (this.ballots.closed(ballot).isPresent()) {
			return Optional.of("The ballot is closed already.");
		}
		ProcessInstance instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(ballot.toString())
			.processDefinitionKey(BallotProcess.KEY)
			.singleResult();
		if (instance == null) {
			return (this.closing.close(ballot) instanceof ClosingBallot.Outcome.Refused refused)
					? Optional.of(refused.reason()) : Optional.empty();
		}
		for (int step = 0; step < 5 && this.ballots.closed(ballot).isEmpty(); step++) {
			if (endInRoomSession(ballot, by)) {
				continue;
			}
			List<Job> due = this.management.createJobQuery().processInstanceId(instance.getId()).executable().list();
			for (Job job : due) {
				try {
					this.management.executeJob(job.getId());
				}
				catch (OptimisticLockingException ex) {
					// the job executor ran it meanwhile
				}
			}
		}
		return this.ballots.closed(ballot).isPresent() ? Optional.empty()
				: Optional.of("The ballot could not be counted yet; see its process in Cockpit.");
	}

	/**
	 * Ends the in-room session of a hybrid ballot whose process waits for it, so the
	 * ballot is counted.
	 * @param ballot the ballot
	 * @param by the secretariat member who ends it
	 * @return whether a waiting session was ended
	 */
	public boolean endInRoomSession(UUID ballot, String by) {
		List<Task> waiting = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(ballot.toString())
			.taskDefinitionKey(BallotProcess.ENTER_IN_ROOM_TALLIES)
			.list();
		waiting.forEach((task) -> this.taskForms.submit(task, by, Map.of("tallied", true)).ifPresent((refused) -> {
			throw new IllegalStateException("the in-room session could not be ended: " + refused);
		}));
		return !waiting.isEmpty();
	}

	/**
	 * Signs a counted result off for a scrutineer, as completing their Tasklist task
	 * does.
	 * @param ballot the ballot
	 * @param scrutineer who signs
	 * @param remark what they note, or {@code null}
	 * @return what came of it
	 */
	public SignOff signOff(UUID ballot, String scrutineer, String remark) {
		if (this.ballots.closed(ballot).isEmpty()) {
			return new SignOff.Refused("The ballot has not been counted yet.");
		}
		if (this.ballots.signOffs(ballot).stream().anyMatch((done) -> done.scrutineer().equals(scrutineer))) {
			return new SignOff.Refused(scrutineer
					+ " has signed this result off already; the second sign-off must come from another scrutineer.");
		}
		Task task = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(ballot.toString())
			.taskDefinitionKey(BallotProcess.SIGN_OFF)
			.list()
			.stream()
			.filter((open) -> open.getAssignee() == null || open.getAssignee().equals(scrutineer))
			.findFirst()
			.orElse(null);
		if (task == null) {
			return new SignOff.Refused("No sign-off of this result is waiting for you.");
		}
		Map<String, Object> form = new HashMap<>();
		// the portal's sign-off button is the form's "I have checked" box
		form.put("checked", true);
		form.put(BallotProcess.REMARK, remark);
		return this.taskForms.submit(task, scrutineer, form)
			.<SignOff>map(SignOff.Refused::new)
			.orElseGet(() -> new SignOff.Done(this.ballots.signOffs(ballot).size()));
	}

	/** What came of a sign-off. */
	public sealed interface SignOff {

		/**
		 * Recorded.
		 *
		 * @param signatures how many scrutineers have signed off now
		 */
		record Done(int signatures) implements SignOff {

		}

		/** Refused, nothing recorded. */
		record Refused(String reason) implements SignOff {

		}

	}

}
