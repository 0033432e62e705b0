package org.gavel.grievances.process;

import java.time.Clock;
import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.gavel.grievances.GrievanceSettings;
import org.gavel.voting.OpeningBallot;
import org.gavel.voting.RuleSets;
import org.gavel.voting.process.BallotProcess;

import org.springframework.stereotype.Component;

/**
 * The panel vote's call of {@code BallotProcess}: the panel's roll, the panel's rule set
 * ({@code gavel.grievances.panel-rule-set}) and vote period; its outcome back into the
 * grievance's variables. The ballot's title names the case, never the complainant.
 */
@Component("panelVoteMapping")
class PanelVoteMapping implements DelegateVariableMapping {

	private final GrievanceSettings settings;

	private final Clock clock;

	PanelVoteMapping(GrievanceSettings settings, RuleSets ruleSets, Clock clock) {
		ruleSets.required(settings.panelRuleSet(), "gavel.grievances.panel-rule-set");
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void mapInputVariables(DelegateExecution grievance, VariableMap ballot) {
		Instant now = this.clock.instant();
		new BallotProcess.Input(new OpeningBallot.OpenBallot(
				"Complaints panel vote on the decision of grievance " + GrievanceProcess.caseNumber(grievance),
				this.settings.panelRuleSet(), null, GrievanceProcess.PANEL_ROLL_ID.from(grievance), now,
				now.plus(this.settings.panelVotePeriod()), this.settings.timeZone(), false,
				GrievanceProcess.DECIDED_BY.from(grievance)), null, false)
			.writeTo(ballot);
	}

	@Override
	public void mapOutputVariables(DelegateExecution grievance, VariableScope ballot) {
		BallotProcess.Output out = BallotProcess.Output.of(ballot);
		GrievanceProcess.PANEL_BALLOT_ID.set(grievance, out.ballotId());
		GrievanceProcess.PANEL_VOTE_OUTCOME.set(grievance, out.outcome());
	}

}
