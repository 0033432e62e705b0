package org.gavel.grants.process;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.gavel.approvals.model.Status;
import org.gavel.grants.model.Call;
import org.gavel.grants.model.Reference;
import org.gavel.system.engine.Variable;

/**
 * The contract of {@code processes/rfp.bpmn}: one instance per request for proposals, its
 * business key the RFP's reference.
 */
public final class RfpProcess {

	public static final String KEY = "RfpProcess";

	/** The RFP's id. */
	public static final Variable<UUID> RFP_ID = Variable.id("rfpId");

	/** The RFP's reference, e.g. {@code RFP-2027-03}. */
	public static final Variable<String> REFERENCE = Variable.text("reference");

	/** The submission deadline in force; an addendum moves it. */
	public static final Variable<Instant> DEADLINE = Variable.instant("deadline");

	/** The chair who drafted the RFP: the panel meeting's task is theirs. */
	public static final Variable<String> CHAIR = Variable.text("chair");

	/** Whether every proposal was settled when submissions closed. */
	public static final Variable<Boolean> SETTLED = Variable.flag("settled");

	/** The panel meeting's changes to the ranking, one per line. */
	public static final Variable<String> ADJUSTMENTS = Variable.text("adjustments");

	/** The EC's item, once decided. */
	public static final Variable<UUID> APPROVAL_ID = Variable.id("rfpApprovalId");

	/** The EC's decision. */
	public static final Variable<Status> DECISION = Variable.choice("rfpDecision", Status.class);

	/** Whether the EC approved the RFP. */
	public static final Variable<Boolean> APPROVED = Variable.flag("approved");

	/** The working group's recommended grants, one line each: proposal and amount. */
	public static final Variable<String> GRANTS = Variable.text("grants");

	/** The award's conditions. */
	public static final Variable<String> CONDITIONS = Variable.text("conditions");

	/** The EC's item on the award, once decided. */
	public static final Variable<UUID> AWARD_APPROVAL_ID = Variable.id("awardApprovalId");

	/** Whether the EC approved the award. */
	public static final Variable<Boolean> AWARDED = Variable.flag("awarded");

	/** The EC's approval (call activity of EcApprovalProcess). */
	public static final String EC_APPROVAL = "Activity_EcApproval";

	public static final String AWAIT_DEADLINE = "Gateway_AwaitDeadline";

	public static final String DEADLINE_PASSES = "Event_DeadlinePasses";

	public static final String PANEL_MEETING = "Activity_PanelMeeting";

	public static final String RECOMMEND = "Activity_Recommend";

	/** The EC's award decision (call activity of EcApprovalProcess). */
	public static final String EC_AWARD = "Activity_EcAward";

	/** The message the last proposal of a closed call to settle sends. */
	public static final String PROPOSALS_SETTLED = "ProposalsSettled";

	/** The message an addendum that moves the deadline sends. */
	public static final String DEADLINE_MOVED = "RfpDeadlineMoved";

	private RfpProcess() {
	}

	/**
	 * The RFP of the instance a step runs in.
	 * @param scope the execution
	 * @return its reference
	 */
	public static Reference reference(VariableScope scope) {
		return Reference.parse(REFERENCE.from(scope))
			.orElseThrow(() -> new IllegalStateException("not an RFP reference: " + REFERENCE.from(scope)));
	}

	/**
	 * The variables a new instance starts with.
	 * @param call the RFP just drafted
	 * @return the variables
	 */
	public static Map<String, Object> startingWith(Call call) {
		Map<String, Object> variables = new HashMap<>();
		RFP_ID.put(variables, call.id());
		REFERENCE.put(variables, call.reference().toString());
		DEADLINE.put(variables, call.rfp().deadline());
		CHAIR.put(variables, call.draftedBy());
		return variables;
	}

}
