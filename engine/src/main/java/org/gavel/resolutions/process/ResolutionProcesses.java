package org.gavel.resolutions.process;

import java.time.Instant;
import java.util.Date;
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
import org.gavel.forms.InputRefusedException;
import org.gavel.forms.TaskForms;
import org.gavel.resolutions.DecidingResolution;
import org.gavel.resolutions.DraftingResolution;
import org.gavel.resolutions.ResolutionMails;
import org.gavel.resolutions.SchedulingAssembly;
import org.gavel.resolutions.model.Assembly;
import org.gavel.resolutions.model.Resolution;
import org.gavel.resolutions.model.ResolutionStatus;
import org.gavel.resolutions.persistence.Assemblies;
import org.gavel.resolutions.persistence.Resolutions;

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

	private final DecidingResolution deciding;

	private final Assemblies assemblies;

	private final Resolutions resolutions;

	private final TransactionTemplate transactions;

	private final ManagementService management;

	private final SchedulingAssembly scheduling;

	private final ResolutionMails mails;

	ResolutionProcesses(RuntimeService runtime, TaskService tasks, TaskForms taskForms, DraftingResolution drafting,
			DecidingResolution deciding, Assemblies assemblies, Resolutions resolutions,
			TransactionTemplate transactions, ManagementService management, SchedulingAssembly scheduling,
			ResolutionMails mails) {
		this.management = management;
		this.scheduling = scheduling;
		this.mails = mails;
		this.runtime = runtime;
		this.tasks = tasks;
		this.taskForms = taskForms;
		this.drafting = drafting;
		this.deciding = deciding;
		this.assemblies = assemblies;
		this.resolutions = resolutions;
		this.transactions = transactions;
	}

	/**
	 * Stores a draft and starts its process.
	 * @param draft the draft
	 * @return the resolution's id
	 * @throws InputRefusedException naming the field at fault (nothing stored)
	 */
	public UUID draft(DraftingResolution.DraftResolution draft) {
		return this.transactions.execute((status) -> {
			Resolution resolution = this.drafting.draft(draft);
			var assembly = this.assemblies.find(resolution.assemblyId()).orElseThrow();
			this.runtime.startProcessInstanceByKey(GaResolutionProcess.KEY, resolution.id().toString(),
					Map.of(GaResolutionProcess.RESOLUTION_ID, resolution.id().toString(),
							GaResolutionProcess.ASSEMBLY_ID, assembly.id().toString(), GaResolutionProcess.PROPOSER,
							resolution.proposer(), GaResolutionProcess.SUBMISSION_DEADLINE,
							Date.from(assembly.submissionDeadline())));
			return resolution.id();
		});
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
		Map<String, String> values = new java.util.LinkedHashMap<>();
		this.tasks.getVariablesLocal(task.getId()).forEach((key, value) -> {
			if (value != null) {
				values.put(key, value.toString());
			}
		});
		return values;
	}

	/**
	 * Completes a person's task by submitting the form's values, as Tasklist does.
	 * @return empty when done, else why not (nothing changed)
	 */
	public Optional<String> complete(UUID resolution, String taskKey, String user, List<String> groups,
			Map<String, Object> values) {
		return waitingFor(resolution, taskKey, user, groups).map((task) -> this.taskForms.submit(task, user, values))
			.orElse(Optional.of("Nothing of this resolution is waiting for you."));
	}

	/**
	 * Publishes an assembly's booklet: every admitted resolution goes on to discussion.
	 * @param assembly the assembly
	 * @param by the secretariat
	 * @return empty when published, else why not (nothing changed)
	 */
	/**
	 * The proposer invites more co-sponsors to a draft (see
	 * {@link DraftingResolution#invite}): each gets an endorsement task in the running
	 * collection, added to the invitations still open or started anew when all were
	 * answered, in the same transaction; then the invitation mail.
	 * @param id the resolution
	 * @param by the proposer
	 * @param usernames whom to invite
	 * @return empty when invited, else why not (nothing changed)
	 */
	public Optional<InputRefusedException> invite(UUID id, String by, List<String> usernames) {
		List<String> invited;
		try {
			invited = this.transactions.execute((status) -> {
				List<String> names = this.drafting.invite(id, by, usernames);
				ProcessInstance instance = this.runtime.createProcessInstanceQuery()
					.processDefinitionKey(GaResolutionProcess.KEY)
					.processInstanceBusinessKey(id.toString())
					.singleResult();
				ActivityInstance[] collecting = (instance != null) ? this.runtime.getActivityInstance(instance.getId())
					.getActivityInstances(GaResolutionProcess.COLLECT_SPONSORS) : new ActivityInstance[0];
				if (collecting.length == 0) {
					throw new InputRefusedException(null, "This resolution is no longer collecting co-sponsors.");
				}
				ActivityInstance[] open = collecting[0]
					.getActivityInstances(GaResolutionProcess.ENDORSE + "#multiInstanceBody");
				String within = (open.length > 0) ? open[0].getId() : collecting[0].getId();
				for (String name : names) {
					this.runtime.createProcessInstanceModification(instance.getId())
						.startBeforeActivity(GaResolutionProcess.ENDORSE, within)
						.setVariableLocal(GaResolutionProcess.CO_SPONSOR, name)
						.setAnnotation(by + " invited " + name + " to co-sponsor")
						.execute();
				}
				return names;
			});
		}
		catch (InputRefusedException ex) {
			return Optional.of(ex);
		}
		catch (DuplicateKeyException ex) {
			return Optional
				.of(new InputRefusedException("coSponsors", "was invited at the same moment by another request"));
		}
		this.mails.invited(id, invited);
		return Optional.empty();
	}

	/**
	 * Moves an assembly (see {@link SchedulingAssembly#reschedule}) and, in the same
	 * transaction, the timers of its resolutions' processes that wait for its dates: the
	 * submission deadline of drafts, the opening of the vote after the booklet. Members
	 * are told once it is stored.
	 * @param assembly the assembly
	 * @param values the checked values of the {@code assembly} form
	 * @param by the secretariat
	 * @return what came of it
	 */
	public SchedulingAssembly.Outcome reschedule(UUID assembly, Map<String, Object> values, String by) {
		SchedulingAssembly.Outcome outcome = this.transactions.execute((status) -> {
			SchedulingAssembly.Outcome result = this.scheduling.reschedule(assembly, values, by);
			if (result instanceof SchedulingAssembly.Outcome.Rescheduled moved) {
				Assembly after = moved.after();
				for (ProcessInstance instance : this.runtime.createProcessInstanceQuery()
					.processDefinitionKey(GaResolutionProcess.KEY)
					.variableValueEquals(GaResolutionProcess.ASSEMBLY_ID, assembly.toString())
					.list()) {
					this.runtime.setVariable(instance.getId(), GaResolutionProcess.SUBMISSION_DEADLINE,
							Date.from(after.submissionDeadline()));
					if (this.runtime.getVariable(instance.getId(), GaResolutionProcess.VOTING_OPENS_AT) != null) {
						this.runtime.setVariable(instance.getId(), GaResolutionProcess.VOTING_OPENS_AT,
								Date.from(after.votingOpensAt()));
					}
					moveTimer(instance, GaResolutionProcess.SUBMISSION_DEADLINE_PASSED, after.submissionDeadline());
					moveTimer(instance, GaResolutionProcess.VOTING_OPENS, after.votingOpensAt());
				}
			}
			return result;
		});
		if (outcome instanceof SchedulingAssembly.Outcome.Rescheduled moved) {
			this.mails.rescheduled(moved.before(), moved.after());
		}
		return outcome;
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

	public Optional<String> publishBooklet(UUID assembly, String by) {
		return this.transactions.execute((status) -> {
			String blocked = this.deciding.bookletBlocked(assembly);
			if (blocked != null) {
				return Optional.of(blocked);
			}
			this.deciding.bookletPublished(assembly, by);
			for (Resolution r : this.resolutions.of(assembly)) {
				if (r.status() == ResolutionStatus.ADMITTED) {
					this.runtime.createMessageCorrelation(GaResolutionProcess.BOOKLET_PUBLISHED)
						.processInstanceBusinessKey(r.id().toString())
						.correlate();
				}
			}
			return Optional.empty();
		});
	}

}
