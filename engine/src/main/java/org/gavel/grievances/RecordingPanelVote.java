package org.gavel.grievances;

import java.time.Clock;
import java.util.UUID;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.Panel;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.persistence.GrievancePanels;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Actors;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;
import org.gavel.voting.model.BallotOutcome;

import org.springframework.stereotype.Service;

/**
 * The complaints panel's vote on the decision it proposed is counted: adopted, the
 * decision stands and is published; otherwise (rejected, no quorum, a tie) it is cleared
 * and the panel is asked to decide again.
 */
@Service
public class RecordingPanelVote {

	private final Grievances grievances;

	private final GrievancePanels panels;

	private final GrievanceMails mails;

	private final Clock clock;

	RecordingPanelVote(Grievances grievances, GrievancePanels panels, GrievanceMails mails, Clock clock) {
		this.grievances = grievances;
		this.panels = panels;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Records the vote's outcome.
	 * @param tally which case, which ballot, what it came to
	 * @return whether the decision was adopted, or why not recorded
	 */
	public Outcome<Boolean> record(Tally tally) {
		return this.grievances.found(tally.number())
			.then((grievance) -> grievance.in(Stage.PANEL))
			.then((grievance) -> Outcome.when(this.panels.putToVote(grievance.id()), grievance,
					() -> Refusal.of("No decision of case " + tally.number() + " is put to a vote.")))
			.map((grievance) -> {
				boolean adopted = tally.outcome() == BallotOutcome.ADOPTED;
				this.panels.voted(grievance.id(), adopted);
				this.grievances.event(grievance.id(), this.clock.instant(),
						adopted ? GrievanceEvent.VOTE_ADOPTED : GrievanceEvent.VOTE_NOT_ADOPTED, Actors.GAVEL,
						"ballot " + tally.ballotId() + ": " + tally.outcome().name().toLowerCase().replace('_', ' '));
				if (!adopted) {
					this.mails.voteNotAdopted(grievance, tally.ballotId(),
							this.panels.of(grievance.id()).panel().map(Panel::members).orElseThrow());
				}
				GrievanceLog.PANEL_VOTED.log(grievance.number(), tally.ballotId(), tally.outcome());
				return adopted;
			});
	}

	/**
	 * A panel vote counted.
	 *
	 * @param number the case
	 * @param ballotId the ballot
	 * @param outcome what it came to
	 */
	public record Tally(CaseNumber number, UUID ballotId, BallotOutcome outcome) {

	}

}
