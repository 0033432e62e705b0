package org.gavel.resolutions.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.gavel.resolutions.ReadingResolutions;
import org.gavel.resolutions.model.Assembly;
import org.gavel.resolutions.model.Resolution;
import org.gavel.voting.OpeningBallot;
import org.gavel.voting.process.BallotProcess;

import org.springframework.stereotype.Component;

/**
 * The vote's call of {@code BallotProcess}: the assembly's window, roll and rule set for
 * the resolution's type; the resolution mails its own result (with its certificate), so
 * the ballot does not. Its ballot and outcome come back.
 */
@Component("voteMapping")
class VoteMapping implements DelegateVariableMapping {

	private final ReadingResolutions reading;

	VoteMapping(ReadingResolutions reading) {
		this.reading = reading;
	}

	@Override
	public void mapInputVariables(DelegateExecution resolution, VariableMap ballot) {
		Resolution r = this.reading.find(GaResolutionProcess.RESOLUTION_ID.from(resolution)).orElseThrow();
		Assembly a = this.reading.assembly(r.assemblyId()).orElseThrow().assembly();
		new BallotProcess.Input(new OpeningBallot.OpenBallot(r.label() + ": " + r.title(), a.ruleSet(r.type()), null,
				GaResolutionProcess.VOTE_ROLL_ID.from(resolution), a.votingOpensAt(), a.votingClosesAt(), a.zone(),
				a.inRoomSession(), false, r.opener(), "The General Assembly resolves: " + r.operativeText()), null,
				false)
			.writeTo(ballot);
	}

	@Override
	public void mapOutputVariables(DelegateExecution resolution, VariableScope ballot) {
		BallotProcess.Output out = BallotProcess.Output.of(ballot);
		GaResolutionProcess.BALLOT_ID.set(resolution, out.ballotId());
		GaResolutionProcess.OUTCOME.set(resolution, out.outcome());
	}

}
