package org.gavel.grievances.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

/**
 * A corrective action of the decision in force as the secretariat monitors it: open, or
 * found completed on what evidence.
 *
 * @param position its place in the decision, from 1
 * @param action what is to be done, by when
 * @param completion when, by whom and on what evidence it was found completed, if it was
 */
public record TrackedAction(int position, PanelDecision.CorrectiveAction action, Optional<Completion> completion) {

	/**
	 * Whether the action was found completed.
	 * @return whether it was
	 */
	public boolean completed() {
		return this.completion.isPresent();
	}

	/**
	 * Checks a case's actions may all be taken as completed, as closing it needs.
	 * @param number the case
	 * @param actions its actions
	 * @return the actions, or which are still open
	 */
	public static Outcome<List<TrackedAction>> allCompleted(CaseNumber number, List<TrackedAction> actions) {
		List<TrackedAction> open = actions.stream().filter((tracked) -> !tracked.completed()).toList();
		if (open.isEmpty()) {
			return Outcome.accepted(actions);
		}
		return Outcome.refused(Refusal.of(open.size() + " of the " + actions.size() + " corrective actions of case "
				+ number + " are not found completed yet: "
				+ String.join("; ",
						open.stream().map((tracked) -> tracked.position() + ". " + tracked.action().action()).toList())
				+ ". Record each one's completion first."));
	}

	/**
	 * The secretariat's finding that an action was completed.
	 *
	 * @param at when
	 * @param by who found it
	 * @param note on what evidence
	 */
	public record Completion(Instant at, String by, String note) {

	}

}
