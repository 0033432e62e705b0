package org.gavel.resolutions.process;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.gavel.forms.TaskForms;
import org.gavel.resolutions.DraftingResolution;
import org.gavel.resolutions.InvitingCoSponsors;
import org.gavel.resolutions.PublishingBooklet;
import org.gavel.resolutions.ReadingResolutions;
import org.gavel.resolutions.ReschedulingAssembly;
import org.gavel.resolutions.ResolutionMails;
import org.gavel.resolutions.model.Assembly;
import org.gavel.system.Outcome;
import org.gavel.system.RefusalsRollBack;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs resolutions as {@code GaResolutionProcess} instances: a draft starts one in the
 * same transaction that stores it; the portal completes their user tasks as Tasklist
 * would; publishing the booklet sends each admitted resolution on to the discussion;
 * moving an assembly moves the timers that wait for its dates.
 */
@Service
public class ResolutionProcesses {

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final TaskForms taskForms;

	private final DraftingResolution drafting;

	private final InvitingCoSponsors inviting;

	private final PublishingBooklet publishing;

	private final TransactionTemplate transactions;

	private final ManagementService management;

	private final ReschedulingAssembly rescheduling;

	private final ResolutionMails mails;

	private final ReadingResolutions reading;

	ResolutionProcesses(RuntimeService runtime, TaskService tasks, TaskForms taskForms, DraftingResolution drafting,
			InvitingCoSponsors inviting, PublishingBooklet publishing, TransactionTemplate transactions,
			ManagementService management, ReschedulingAssembly rescheduling, ResolutionMails mails,
			ReadingResolutions reading) {
		this.reading = reading;
		this.runtime = runtime;
		this.tasks = tasks;
		this.taskForms = taskForms;
		this.drafting = drafting;
		this.inviting = inviting;
		this.publishing = publishing;
		this.transactions = transactions;
		this.management = management;
		this.rescheduling = rescheduling;
		this.mails = mails;
	}

	/**
	 * Stores a draft and starts its process, in one transaction.
	 * @param draft the draft
	 * @return the resolution's id, or the field at fault (nothing stored)
	 */
	public Outcome<UUID> draft(DraftingResolution.DraftResolution draft) {
		return this.transactions.execute((status) -> this.drafting.draft(draft).map((resolution) -> {
			this.runtime.startProcessInstanceByKey(GaResolutionProcess.KEY, resolution.id().toString(),
					new GaResolutionProcess.Input(resolution.id(), resolution.assemblyId(), resolution.proposer(),
							this.reading.assembly(resolution.assemblyId())
								.orElseThrow()
								.assembly()
								.submissionDeadline())
						.variables());
			return resolution.id();
		}));
	}

	/**
	 * The task of a resolution waiting for a person: assigned to them, or offered to a
	 * group they are in and not yet claimed.
	 * @param resolution the resolution
	 * @param taskKey e.g. {@link GaResolutionProcess#ENDORSE}
	 * @param user the person
	 * @param groups the candidate groups they belong to, e.g. {@code secretariat}
	 * @return the task
	 */
	public Optional<Task> waitingFor(UUID resolution, String taskKey, String user, List<String> groups) {
		var query = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(resolution.toString())
			.processDefinitionKey(GaResolutionProcess.KEY)
			.taskDefinitionKey(taskKey);
		List<Task> found = groups.isEmpty() ? query.taskAssignee(user).list()
				: query.or().taskAssignee(user).taskCandidateGroupIn(groups).endOr().list();
		return found.stream()
			.filter((task) -> task.getAssignee() == null || task.getAssignee().equals(user))
			.findFirst();
	}

	/**
	 * What a task's form starts with: the values its listeners put on the task (the
	 * current text to revise, the stance the EC's decision implies), as Tasklist shows
	 * them.
	 * @param task the task
	 * @return the values as text
	 */
	public Map<String, String> prefilled(Task task) {
		Map<String, String> values = new LinkedHashMap<>();
		this.tasks.getVariablesLocal(task.getId()).forEach((key, value) -> {
			if (value != null) {
				values.put(key, value.toString());
			}
		});
		return values;
	}

	/**
	 * Completes a person's task by submitting the form's values, as Tasklist does.
	 * @return done, or why not (nothing changed)
	 */
	public Outcome<Outcome.Done> complete(UUID resolution, String taskKey, String user, List<String> groups,
			Map<String, Object> values) {
		return waitingFor(resolution, taskKey, user, groups).map((task) -> this.taskForms.submit(task, user, values))
			.orElseGet(() -> Outcome.refused("Nothing of this resolution is waiting for you."));
	}

	/**
	 * The proposer invites more co-sponsors to a draft (see {@link InvitingCoSponsors}):
	 * each gets an endorsement task in the running collection, added to the invitations
	 * still open or started anew when all were answered, in the same transaction; then
	 * the invitation mail.
	 * @param id the resolution
	 * @param by the proposer
	 * @param usernames whom to invite
	 * @return the members invited, or why not (nothing changed)
	 */
	public Outcome<List<String>> invite(UUID id, String by, List<String> usernames) {
		Outcome<List<String>> invited;
		try {
			invited = RefusalsRollBack.in(this.transactions,
					() -> this.inviting.invite(new InvitingCoSponsors.Invite(id, by, usernames))
						.then((names) -> addEndorsements(id, by, names)));
		}
		catch (DuplicateKeyException ex) {
			return Outcome.refused("coSponsors", "was invited at the same moment by another request");
		}
		return invited.ifAccepted((names) -> this.mails.invited(id, names));
	}

	private Outcome<List<String>> addEndorsements(UUID id, String by, List<String> names) {
		ProcessInstance instance = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(GaResolutionProcess.KEY)
			.processInstanceBusinessKey(id.toString())
			.singleResult();
		ActivityInstance[] collecting = (instance != null) ? this.runtime.getActivityInstance(instance.getId())
			.getActivityInstances(GaResolutionProcess.COLLECT_SPONSORS) : new ActivityInstance[0];
		if (collecting.length == 0) {
			return Outcome.refused("This resolution is no longer collecting co-sponsors.");
		}
		ActivityInstance[] open = collecting[0]
			.getActivityInstances(GaResolutionProcess.ENDORSE + "#multiInstanceBody");
		String within = (open.length > 0) ? open[0].getId() : collecting[0].getId();
		for (String name : names) {
			this.runtime.createProcessInstanceModification(instance.getId())
				.startBeforeActivity(GaResolutionProcess.ENDORSE, within)
				.setVariablesLocal(GaResolutionProcess.CO_SPONSOR.with(name))
				.setAnnotation(by + " invited " + name + " to co-sponsor")
				.execute();
		}
		return Outcome.accepted(names);
	}

	/**
	 * Moves an assembly (see {@link ReschedulingAssembly}) and, in the same transaction,
	 * the timers of its resolutions' processes that wait for its dates: the submission
	 * deadline of drafts, the opening of the vote after the booklet. Members are told
	 * once it is stored.
	 * @param assembly the assembly
	 * @param values the checked values of the {@code assembly} form
	 * @param by the secretariat
	 * @return what came of it
	 */
	public Outcome<ReschedulingAssembly.Rescheduled> reschedule(UUID assembly, Map<String, Object> values, String by) {
		Outcome<ReschedulingAssembly.Rescheduled> outcome = this.transactions.execute(
				(status) -> this.rescheduling.reschedule(new ReschedulingAssembly.Rescheduling(assembly, values, by))
					.map((moved) -> {
						moveTimers(moved.after());
						return moved;
					}));
		return outcome.ifAccepted((moved) -> this.mails.rescheduled(moved.before(), moved.after()));
	}

	private void moveTimers(Assembly after) {
		for (ProcessInstance instance : this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(GaResolutionProcess.KEY)
			.variableValueEquals(GaResolutionProcess.ASSEMBLY_ID.name(), after.id().toString())
			.list()) {
			GaResolutionProcess.SUBMISSION_DEADLINE.set(this.runtime, instance.getId(), after.submissionDeadline());
			if (GaResolutionProcess.VOTING_OPENS_AT.optional(this.runtime, instance.getId()).isPresent()) {
				GaResolutionProcess.VOTING_OPENS_AT.set(this.runtime, instance.getId(), after.votingOpensAt());
			}
			moveTimer(instance, GaResolutionProcess.SUBMISSION_DEADLINE_PASSED, after.submissionDeadline());
			moveTimer(instance, GaResolutionProcess.VOTING_OPENS, after.votingOpensAt());
		}
	}

	private void moveTimer(ProcessInstance instance, String timer, Instant due) {
		for (Job job : this.management.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(timer)
			.timers()
			.list()) {
			this.management.setJobDuedate(job.getId(), Date.from(due));
		}
	}

	/**
	 * Publishes an assembly's booklet (see {@link PublishingBooklet}): every admitted
	 * resolution goes on to discussion, in the same transaction.
	 * @param assembly the assembly
	 * @param by the secretariat
	 * @return done, or why not (nothing changed)
	 */
	public Outcome<Outcome.Done> publishBooklet(UUID assembly, String by) {
		return this.transactions.execute(
				(status) -> this.publishing.publish(new PublishingBooklet.Publication(assembly, by)).map((admitted) -> {
					admitted
						.forEach((id) -> this.runtime.createMessageCorrelation(GaResolutionProcess.BOOKLET_PUBLISHED)
							.processInstanceBusinessKey(id.toString())
							.correlate());
					return Outcome.Done.DONE;
				}));
	}

}
