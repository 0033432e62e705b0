package org.gavel.approvals.process;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.gavel.approvals.ApprovalSettings;
import org.gavel.approvals.ReadingApprovals;
import org.gavel.approvals.model.Approval;
import org.gavel.voting.OpeningBallot;
import org.gavel.voting.RuleSets;
import org.gavel.voting.process.BallotProcess;

import org.springframework.stereotype.Component;

/**
 * The seat vote's call of {@code BallotProcess}: its typed input, worked out from the
 * approval (the roll less the recused, the EC rule set, the vote period), and its output
 * back into the approval's variables.
 */
@Component("seatVoteMapping")
class SeatVoteMapping implements DelegateVariableMapping {

	private final ReadingApprovals reading;

	private final ApprovalSettings settings;

	private final Clock clock;

	SeatVoteMapping(ReadingApprovals reading, ApprovalSettings settings, RuleSets ruleSets, Clock clock) {
		ruleSets.required(settings.ruleSet(), "gavel.approvals.rule-set");
		this.reading = reading;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void mapInputVariables(DelegateExecution approval, VariableMap ballot) {
		Approval item = this.reading.find(EcApprovalProcess.APPROVAL_ID.from(approval)).orElseThrow();
		Instant now = this.clock.instant();
		new BallotProcess.Input(new OpeningBallot.OpenBallot("EC seat vote: " + item.title(), this.settings.ruleSet(),
				null, EcApprovalProcess.VOTE_ROLL_ID.from(approval), now, now.plus(this.settings.votePeriod()),
				this.settings.zone(), false, false, item.opener(), question(item)), null, true)
			.writeTo(ballot);
	}

	/**
	 * What the seats are asked: the item by its kind, title and version, and why it came
	 * to a vote.
	 */
	static String question(Approval item) {
		return "Shall the Executive Committee approve this " + item.type().label().toLowerCase(Locale.ROOT) + ": \""
				+ item.title() + "\" (version " + item.version() + ")? Its review round " + item.round()
				+ " ended without consensus, so the seats decide: for approves it, against rejects it. The item, its"
				+ " reviews and objections are on its page, /approvals/" + item.id() + ".";
	}

	@Override
	public void mapOutputVariables(DelegateExecution approval, VariableScope ballot) {
		BallotProcess.Output out = BallotProcess.Output.of(ballot);
		EcApprovalProcess.VOTE_BALLOT_ID.set(approval, out.ballotId());
		EcApprovalProcess.VOTE_OUTCOME.set(approval, out.outcome());
	}

}
