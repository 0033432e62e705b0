package org.gavel.voting.process;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.gavel.forms.TaskForms;
import org.gavel.system.Outcome;
import org.gavel.system.engine.InputRefusedException;
import org.gavel.voting.ClosingBallot;
import org.gavel.voting.OpeningBallot;
import org.gavel.voting.ReadingBallots;
import org.gavel.voting.SigningOffResult;
import org.gavel.voting.model.Ballot;

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

	private final ReadingBallots reading;

	private final TaskForms taskForms;

	private final OpeningBallot opening;

	private final ClosingBallot closing;

	private final ManagementService management;

	private final SigningOffResult signingOff;

	private final Clock clock;

	BallotProcesses(RuntimeService runtime, TaskService tasks, ReadingBallots reading, TaskForms taskForms,
			OpeningBallot opening, ClosingBallot closing, SigningOffResult signingOff, ManagementService management,
			Clock clock) {
		this.signingOff = signingOff;
		this.clock = clock;
		this.opening = opening;
		this.closing = closing;
		this.management = management;
		this.runtime = runtime;
		this.tasks = tasks;
		this.reading = reading;
		this.taskForms = taskForms;
	}

	/**
	 * Opens a ballot by starting its process.
	 * @param input the ballot, and how its process runs
	 * @return the ballot opened, or why not (nothing stored)
	 */
	public Outcome<Ballot> open(BallotProcess.Input input) {
		return this.opening.check(input.ballot()).then((checked) -> {
			try {
				UUID id = BallotProcess.BALLOT_ID.from(this.runtime.createProcessInstanceByKey(BallotProcess.KEY)
					.setVariables(input.variables())
					.executeWithVariablesInReturn()
					.getVariables());
				return Outcome.accepted(this.reading.ballot(id).orElseThrow());
			}
			catch (RuntimeException ex) {
				return Outcome.refused(InputRefusedException.in(ex).orElseThrow(() -> ex).refusal());
			}
		});
	}

	/**
	 * Counts a ballot whose online window has passed, now: the process's due steps run at
	 * once (the close timer, or the end of a hybrid ballot's in-room session) instead of
	 * waiting for the job executor. A ballot opened without the process is closed
	 * directly.
	 * @param ballot the ballot
	 * @param by the secretariat member who asks
	 * @return done when counted, or why not
	 */
	public Outcome<Outcome.Done> closeNow(UUID ballot, String by) {
		Ballot found = this.reading.ballot(ballot).orElse(null);
		if (found == null) {
			return Outcome.refused("There is no ballot " + ballot + ".");
		}
		Instant now = this.clock.instant();
		// who has voted matters only for a ballot that may close before its window ends
		int voted = found.onlineWindowPassedAt(now) ? 0 : this.reading.voterCount(ballot);
		Outcome<Ballot> countable = found.countableAt(now, voted);
		if (!countable.isAccepted()) {
			return countable.map((passed) -> Outcome.Done.DONE);
		}
		boolean early = !found.onlineWindowPassedAt(now);
		if (this.reading.closing(ballot).isPresent()) {
			// counted already (by its timer, or another click): what was asked holds
			return Outcome.done();
		}
		ProcessInstance instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(ballot.toString())
			.processDefinitionKey(BallotProcess.KEY)
			.singleResult();
		if (instance == null) {
			return this.closing.close(ballot).map((closed) -> Outcome.Done.DONE);
		}
		for (int step = 0; step < 5 && this.reading.closing(ballot).isEmpty(); step++) {
			if (endInRoomSession(ballot, by)) {
				continue;
			}
			// closing early: the timers still ahead (the reminder, which then reaches
			// nobody, and the window's end) are run before they are due
			List<Job> due = early ? this.management.createJobQuery().processInstanceId(instance.getId()).list()
					: this.management.createJobQuery().processInstanceId(instance.getId()).executable().list();
			for (Job job : due) {
				try {
					this.management.executeJob(job.getId());
				}
				catch (OptimisticLockingException ex) {
					// the job executor ran it meanwhile
				}
			}
		}
		return this.reading.closing(ballot).isPresent() ? Outcome.done()
				: Outcome.refused("The ballot could not be counted yet; see its process in Cockpit.");
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
		waiting.forEach((task) -> this.taskForms.submit(task, by, Map.of("tallied", true)).ifRefused((refused) -> {
			throw new IllegalStateException("the in-room session could not be ended: " + refused.message());
		}));
		return !waiting.isEmpty();
	}

	/**
	 * Signs a counted result off for a scrutineer, as completing their Tasklist task
	 * does.
	 * @param ballot the ballot
	 * @param scrutineer who signs
	 * @param remark what they note, or {@code null}
	 * @return how many scrutineers have signed off now, or why not (nothing recorded)
	 */
	public Outcome<Integer> signOff(UUID ballot, String scrutineer, String remark) {
		if (this.reading.closing(ballot).isEmpty()) {
			return Outcome.refused("The ballot has not been counted yet.");
		}
		return this.signingOff.check(new SigningOffResult.SignOffResult(ballot, scrutineer, remark))
			.then((checked) -> submitSignOff(ballot, scrutineer, remark));
	}

	private Outcome<Integer> submitSignOff(UUID ballot, String scrutineer, String remark) {
		Task task = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(ballot.toString())
			.taskDefinitionKey(BallotProcess.SIGN_OFF)
			.list()
			.stream()
			.filter((open) -> open.getAssignee() == null || open.getAssignee().equals(scrutineer))
			.findFirst()
			.orElse(null);
		if (task == null) {
			return Outcome.refused("No sign-off of this result is waiting for you.");
		}
		Map<String, Object> form = new HashMap<>();
		// the portal's sign-off button is the form's "I have checked" box
		form.put("checked", true);
		form.put(BallotProcess.REMARK.name(), remark);
		return this.taskForms.submit(task, scrutineer, form).map((done) -> this.reading.signOffs(ballot).size());
	}

}
