package org.gavel.grants.process;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.gavel.grants.model.Proposal;
import org.gavel.grants.model.Reference;
import org.gavel.grants.model.Screening;
import org.gavel.system.engine.Variable;

/**
 * The contract of {@code processes/proposal.bpmn}: one instance per proposal, its
 * business key the proposal's reference, correlated by message from the applicant
 * (submitted, withdrawn) and from its RFP's process (submissions closed, by the variable
 * {@link #RFP_ID}).
 */
public final class ProposalProcess {

	public static final String KEY = "ProposalProcess";

	/** The proposal's reference, e.g. {@code RFP-2027-03-P007}. */
	public static final Variable<String> REFERENCE = Variable.text("reference");

	/** The RFP it answers: the variable submissions-closed is correlated by. */
	public static final Variable<UUID> RFP_ID = Variable.id("rfpId");

	/**
	 * The eligibility table's answer (its outputs {@code eligible} and {@code reason}).
	 */
	public static final Variable<Screening> SCREENING = Variable.decision("screening",
			(result) -> new Screening(Boolean.TRUE.equals(result.get("eligible")),
					String.valueOf(result.get("reason"))));

	/** Whether the proposal is eligible, by the table or by the secretariat's review. */
	public static final Variable<Boolean> ELIGIBLE = Variable.flag("eligible");

	/**
	 * The secretariat's review of an ineligible result: {@code confirm} or
	 * {@code override}.
	 */
	public static final Variable<String> DECISION = Variable.text("decision");

	/** The secretariat's reason. */
	public static final Variable<String> REASON = Variable.text("reason");

	/** An evaluator's declaration: {@code none} or {@code conflict}. */
	public static final Variable<String> CONFLICT = Variable.text("conflict");

	/** The evaluator the secretariat adds to a proposal's panel. */
	public static final Variable<String> EVALUATOR = Variable.text("evaluator");

	/** Whether enough evaluators were cleared and assigned. */
	public static final Variable<Boolean> EVALUATORS_COMPLETE = Variable.flag("evaluatorsComplete");

	/** An evaluator's scores, one line per criterion: key, score, comment. */
	public static final Variable<String> SCORES = Variable.text("scores");

	/** Whether the EC awarded the proposal a grant. */
	public static final Variable<Boolean> AWARDED = Variable.flag("awarded");

	/** Whether the grant's funding is matched by the funding members. */
	public static final Variable<Boolean> MATCHED = Variable.flag("matched");

	/** When pledges close, for a matched grant. */
	public static final Variable<Instant> PLEDGES_CLOSE = Variable.instant("pledgesClose");

	/** A pledge's amount, as typed. */
	public static final Variable<String> AMOUNT = Variable.text("amount");

	/** Whether the pledges cover the grant. */
	public static final Variable<Boolean> COVERED = Variable.flag("covered");

	public static final String SCORE = "Activity_ScoreProposal";

	public static final String DECIDED_EVENT = "Event_Decided";

	public static final String PLEDGE = "Activity_Pledge";

	/** The funded project (call activity of ProjectProcess). */
	public static final String PROJECT = "Activity_Project";

	public static final String REVIEW_SCREENING = "Activity_ReviewScreening";

	public static final String DECLARE_CONFLICT = "Activity_DeclareConflict";

	public static final String ADD_EVALUATOR = "Activity_AddEvaluator";

	public static final String SCREEN_ELIGIBILITY = "Activity_ScreenEligibility";

	/** The message the applicant's submission sends, with the eligibility inputs. */
	public static final String SUBMITTED = "ProposalSubmitted";

	/** The message the applicant's withdrawal sends. */
	public static final String WITHDRAWN = "ProposalWithdrawn";

	/** The message the EC's award decision sends to each scored proposal. */
	public static final String DECIDED = "ProposalDecided";

	/** The message the RFP's close of submissions sends to each of its proposals. */
	public static final String SUBMISSIONS_CLOSED = "SubmissionsClosed";

	private ProposalProcess() {
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

	/**
	 * The variables a new instance starts with.
	 * @param proposal the draft just started
	 * @return the variables
	 */
	public static Map<String, Object> startingWith(Proposal proposal) {
		Map<String, Object> variables = new HashMap<>();
		REFERENCE.put(variables, proposal.reference().toString());
		RFP_ID.put(variables, proposal.rfpId());
		return variables;
	}

}
