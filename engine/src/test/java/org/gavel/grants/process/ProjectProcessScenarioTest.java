package org.gavel.grants.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.gavel.ScenarioEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.gavel.ScenarioEngine.formOf;
import static org.gavel.ScenarioEngine.runDueJobsAt;

/**
 * Scenarios of {@code processes/project.bpmn} on the in-memory engine: the BPMN is the
 * real one, every step and listener a stub under the bean name the BPMN uses; the stub of
 * {@code ${projectClock}} puts each milestone's reminder and escalation at fixed
 * instants.
 *
 * <p>
 * Coverage: the milestones one after the other, both ways out of {@code Gateway_Accepted}
 * (a returned report comes back to its grantee), the reminder and the escalation of a
 * milestone, neither of them firing once its report is accepted, and the completion after
 * the last milestone.
 */
@Deployment(resources = "processes/project.bpmn")
class ProjectProcessScenarioTest {

	@RegisterExtension
	static ProcessEngineExtension extension = ScenarioEngine.extension();

	static final String REFERENCE = "RFP-2027-01-P002";

	static final Instant FUNDED = Instant.parse("2027-09-01T02:00:00Z");

	static final Map<Integer, Instant> REMINDERS = Map.of(1, Instant.parse("2027-10-23T17:00:00Z"), 2,
			Instant.parse("2028-01-23T17:00:00Z"));

	static final Map<Integer, Instant> OVERDUE = Map.of(1, Instant.parse("2027-10-31T17:00:00Z"), 2,
			Instant.parse("2028-01-31T17:00:00Z"));

	ProcessEngine engine;

	final List<String> ran = new ArrayList<>();

	/** The stub of {@code ${projectMilestones}}: two milestones. */
	public static final class Milestones {

		public List<Integer> of(DelegateExecution execution) {
			return List.of(1, 2);
		}

	}

	/** The stub of {@code ${projectClock}}. */
	public static final class Clock {

		public Date reminder(DelegateExecution execution) {
			return Date.from(REMINDERS.get(ProjectProcess.MILESTONE.from(execution)));
		}

		public Date overdue(DelegateExecution execution) {
			return Date.from(OVERDUE.get(ProjectProcess.MILESTONE.from(execution)));
		}

	}

	@BeforeEach
	void stubTheSteps() {
		ClockUtil.setCurrentTime(Date.from(FUNDED));
		Mocks.register("startProjectStep", (JavaDelegate) (execution) -> this.ran.add("opened"));
		Mocks.register("agreeMilestonesListener", (TaskListener) (task) -> this.ran
			.add("agreed by " + task.getAssignee() + ": " + ProjectProcess.MILESTONES.from(task)));
		Mocks.register("projectMilestones", new Milestones());
		Mocks.register("projectClock", new Clock());
		Mocks.register("milestoneReportListener", (TaskListener) (task) -> this.ran
			.add(task.getAssignee() + " reports " + ProjectProcess.MILESTONE.from(task)));
		Mocks.register("reportReviewListener", (TaskListener) (task) -> {
			boolean accepted = ProjectProcess.DECISION.from(task).equals("accept");
			this.ran.add((accepted ? "accepted " : "returned ") + ProjectProcess.MILESTONE.from(task) + " by "
					+ task.getAssignee());
			ProjectProcess.ACCEPTED.set(task.getExecution(), accepted);
		});
		Mocks.register("remindReportStep",
				(JavaDelegate) (execution) -> this.ran.add("reminded " + ProjectProcess.MILESTONE.from(execution)));
		Mocks.register("escalateReportStep",
				(JavaDelegate) (execution) -> this.ran.add("overdue " + ProjectProcess.MILESTONE.from(execution)));
		Mocks.register("completeProjectStep", (JavaDelegate) (execution) -> this.ran.add("completed"));
	}

	@AfterEach
	void resetClockAndStubs() {
		ClockUtil.reset();
		Mocks.reset();
	}

	@Test
	void eachMilestoneIsReportedAndReviewedUntilTheProjectCompletes() {
		ProcessInstance project = planned();

		assertThat(project).isWaitingAt(ProjectProcess.SUBMIT_REPORT);
		Task report = task(ProjectProcess.SUBMIT_REPORT);
		assertThat(report).isAssignedTo("alex");
		assertThat(formOf(this.engine, report)).isEqualTo("milestone-report");
		assertThat(runDueJobsAt(REMINDERS.get(1))).isEqualTo(1);
		runAsyncSteps();
		report("first report");
		Task review = task(ProjectProcess.REVIEW_REPORT);
		assertThat(review).hasCandidateGroup("secretariat");
		assertThat(formOf(this.engine, review)).isEqualTo("report-review");
		review("return", "Add the attendance lists");

		assertThat(project).as("a returned report comes back").isWaitingAt(ProjectProcess.SUBMIT_REPORT);
		report("with the attendance lists");
		review("accept", null);

		assertThat(project).as("the second milestone").isWaitingAt(ProjectProcess.SUBMIT_REPORT);
		assertThat(runDueJobsAt(OVERDUE.get(1))).as("an accepted milestone escalates nothing").isZero();
		report("second report");
		review("accept", null);
		runAsyncSteps();

		assertThat(this.ran).containsExactly("opened", "agreed by sara: 2027-10-31 | 10000 | Workshops", "reminded 1",
				"alex reports 1", "returned 1 by sara", "alex reports 1", "accepted 1 by sara", "alex reports 2",
				"accepted 2 by sara", "completed");
		assertThat(project).isEnded().hasPassed("Event_ProjectCompleted").hasNotPassed("Activity_EscalateReport");
	}

	@Test
	void aReportNotAcceptedByItsDueDateIsEscalatedOnce() {
		ProcessInstance project = planned();
		report("first report");
		review("accept", null);

		assertThat(runDueJobsAt(OVERDUE.get(2))).as("the second milestone's reminder and escalation").isEqualTo(2);
		runAsyncSteps();
		assertThat(project).isWaitingAt(ProjectProcess.SUBMIT_REPORT);
		assertThat(runDueJobsAt(OVERDUE.get(2).plusSeconds(86_400))).isZero();
		report("late report");
		review("accept", null);
		runAsyncSteps();

		assertThat(this.ran).containsSubsequence("accepted 1 by sara", "reminded 2", "overdue 2", "alex reports 2",
				"accepted 2 by sara", "completed");
		assertThat(this.ran).filteredOn((line) -> line.startsWith("overdue")).containsExactly("overdue 2");
		assertThat(project).isEnded();
	}

	private ProcessInstance planned() {
		ProcessInstance project = this.engine.getRuntimeService()
			.startProcessInstanceByKey(ProjectProcess.KEY, REFERENCE,
					Map.of(ProjectProcess.REFERENCE.name(), REFERENCE, ProjectProcess.APPLICANT.name(), "alex"));
		runAsyncSteps();
		assertThat(project).isWaitingAt(ProjectProcess.AGREE_MILESTONES);
		Task agree = task(ProjectProcess.AGREE_MILESTONES);
		assertThat(agree).hasCandidateGroup("secretariat");
		assertThat(formOf(this.engine, agree)).isEqualTo("project-milestones");
		this.engine.getTaskService().claim(agree.getId(), "sara");
		complete(task(ProjectProcess.AGREE_MILESTONES), withVariables("milestones", "2027-10-31 | 10000 | Workshops"));
		return project;
	}

	private void report(String text) {
		complete(task(ProjectProcess.SUBMIT_REPORT), withVariables("report", text));
	}

	private void review(String decision, String comments) {
		Task review = task(ProjectProcess.REVIEW_REPORT);
		this.engine.getTaskService().claim(review.getId(), "sara");
		complete(task(ProjectProcess.REVIEW_REPORT), withVariables("decision", decision, "comments", comments));
	}

	private Task task(String key) {
		return this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(REFERENCE)
			.taskDefinitionKey(key)
			.singleResult();
	}

	private void runAsyncSteps() {
		List<Job> steps;
		while (!(steps = this.engine.getManagementService().createJobQuery().messages().list()).isEmpty()) {
			steps.forEach((job) -> execute(job));
		}
	}

}
