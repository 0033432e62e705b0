package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.gavel.grants.model.Reference;
import org.gavel.system.engine.Variable;

/**
 * The contract of {@code processes/project.bpmn}: one instance per funded grant, called
 * by its {@code ProposalProcess}, its business key the proposal's reference.
 */
public final class ProjectProcess {

	public static final String KEY = "ProjectProcess";

	/** The proposal's reference, e.g. {@code RFP-2027-03-P007}. */
	public static final Variable<String> REFERENCE = Variable.text("reference");

	/** The grantee: the proposal's applicant, who reports on each milestone. */
	public static final Variable<String> APPLICANT = Variable.text("applicant");

	/** The secretariat's plan: one milestone per line, due date, tranche, deliverable. */
	public static final Variable<String> MILESTONES = Variable.text("milestones");

	/** The milestone an instance of "Each milestone" is about, from 1. */
	public static final Variable<Integer> MILESTONE = Variable.integer("milestone");

	/** The grantee's report. */
	public static final Variable<String> REPORT = Variable.text("report");

	/** The secretariat's review: {@code accept} or {@code return}. */
	public static final Variable<String> DECISION = Variable.text("decision");

	/** The secretariat's comments on a report. */
	public static final Variable<String> COMMENTS = Variable.text("comments");

	/** Whether the report was accepted. */
	public static final Variable<Boolean> ACCEPTED = Variable.flag("accepted");

	public static final String AGREE_MILESTONES = "Activity_AgreeMilestones";

	public static final String SUBMIT_REPORT = "Activity_SubmitReport";

	public static final String REVIEW_REPORT = "Activity_ReviewReport";

	public static final String REPORT_DUE_SOON = "Event_ReportDueSoon";

	public static final String REPORT_OVERDUE = "Event_ReportOverdue";

	private ProjectProcess() {
	}

	/**
	 * The proposal of the instance a step runs in.
	 * @param scope the execution or task
	 * @return its reference
	 */
	public static Reference reference(VariableScope scope) {
		return Reference.parse(REFERENCE.from(scope))
			.orElseThrow(() -> new IllegalStateException("not a proposal reference: " + REFERENCE.from(scope)));
	}

}
