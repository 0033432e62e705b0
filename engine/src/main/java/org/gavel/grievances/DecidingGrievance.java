package org.gavel.grievances;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.PanelDecision;
import org.gavel.grievances.model.PanelFile;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.persistence.GrievancePanels;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.membership.TakingPanelRoll;
import org.gavel.membership.model.ElectoralRoll;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

import org.springframework.stereotype.Service;

/**
 * The complaints panel decides a grievance: its finding, the decision published on the
 * register, the corrective actions with their due dates, and whether the register names
 * the respondent; it is then published ({@link PublishingDecision}). A panel without
 * consensus puts the decision to a vote of its members ({@code BallotProcess} on the
 * panel's roll, {@link RecordingPanelVote}).
 */
@Service
public class DecidingGrievance {

	private final Grievances grievances;

	private final GrievancePanels panels;

	private final GrievanceSettings settings;

	private final TakingPanelRoll rolls;

	private final Clock clock;

	DecidingGrievance(Grievances grievances, GrievancePanels panels, TakingPanelRoll rolls, GrievanceSettings settings,
			Clock clock) {
		this.rolls = rolls;
		this.grievances = grievances;
		this.panels = panels;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Records the panel's decision.
	 * @param decision who decides which case, and what the form said
	 * @return the decision, or the refusal by its field (nothing written)
	 */
	public Outcome<Decided> decide(Decision decision) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.settings.timeZone());
		return this.grievances.found(decision.number())
			.then((grievance) -> grievance.in(Stage.PANEL))
			.then((grievance) -> {
				PanelFile file = this.panels.of(grievance.id());
				boolean seated = file.panel().filter((panel) -> panel.seats(decision.by())).isPresent();
				if (!seated) {
					return Outcome.refused(
							Refusal.of("Only the members of the panel of case " + grievance.number() + " decide it."));
				}
				if (file.decision().isPresent()) {
					return Outcome.refused(Refusal.of("Case " + grievance.number() + " is decided already."));
				}
				return PanelDecision
					.read(decision.finding(), decision.summary(), decision.actions(), decision.sanction(),
							grievance.complaint().respondentKind(), decision.withholdRespondent(), today)
					.map((decided) -> {
						if (!decision.vote()) {
							this.panels.decided(grievance.id(), decided);
							GrievanceLog.PANEL_DECIDED.log(grievance.number(), decided.finding().value(),
									decided.actions().size(), decided.sanction().value(), decision.by());
							return new Decided(decided, null);
						}
						this.panels.proposed(grievance.id(), decided);
						ElectoralRoll roll = this.rolls.take(
								new TakingPanelRoll.TakePanelRoll(file.panel().orElseThrow().members(), decision.by()));
						this.grievances.event(grievance.id(), this.clock.instant(), GrievanceEvent.DECISION_PUT_TO_VOTE,
								decision.by(), decided.finding().label() + ": " + decided.summary());
						GrievanceLog.PUT_TO_VOTE.log(grievance.number(), roll.id(), decision.by());
						return new Decided(decided, roll.id());
					});
			});
	}

	/**
	 * A panel member's record of the panel's decision, as the form gave it.
	 *
	 * @param number the case
	 * @param by the panel member
	 * @param finding {@code upheld}, {@code partly-upheld} or {@code not-upheld}
	 * @param summary the decision to publish
	 * @param actions the corrective actions, a line each starting with its due date
	 * @param sanction {@code none}, {@code warning}, {@code suspension} or
	 * {@code termination}; blank for none
	 * @param withholdRespondent whether the register leaves the respondent unnamed
	 * @param vote whether the panel has no consensus and puts the decision to its vote
	 */
	public record Decision(CaseNumber number, String by, String finding, String summary, String actions,
			String sanction, boolean withholdRespondent, boolean vote) {

	}

	/**
	 * A decision recorded.
	 *
	 * @param decision what was decided, or proposed to the vote
	 * @param voteRollId the roll of the panel's vote when put to it, else {@code null}
	 */
	public record Decided(PanelDecision decision, UUID voteRollId) {

	}

}
