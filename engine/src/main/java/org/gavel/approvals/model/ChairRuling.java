package org.gavel.approvals.model;

import org.gavel.system.Outcome;

/**
 * The chair's ruling after a seat vote did not adopt an item, with the reasons the
 * submitter needs.
 *
 * @param decision return for revision, or reject
 * @param comments the reasons, stripped
 */
public record ChairRuling(ChairDecision decision, String comments) {

	/**
	 * A ruling as the form {@code ec-chair-decision} submits it.
	 * @param decision {@code return} or {@code reject}
	 * @param comments the reasons
	 * @return the ruling, or the field at fault
	 */
	public static Outcome<ChairRuling> of(String decision, String comments) {
		ChairDecision chosen = ChairDecision.ofValue(decision).orElse(null);
		if (chosen == null) {
			return Outcome.refused("chairDecision", "choose return for revision or reject");
		}
		if (comments == null || comments.isBlank()) {
			return Outcome.refused("comments", "the submitter needs the reasons");
		}
		return Outcome.accepted(new ChairRuling(chosen, comments.strip()));
	}

	public boolean returned() {
		return this.decision == ChairDecision.RETURN;
	}

}
